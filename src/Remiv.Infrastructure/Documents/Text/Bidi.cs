using System.Globalization;
using System.Text;

namespace Remiv.Infrastructure.Documents.Text;

/// <summary>
/// The Unicode bidirectional algorithm (UAX #9) for paragraphs without explicit embeddings: enough for French text
/// with names and phrases in Arabic script, or Arabic paragraphs with Latin words and numbers. Resolves an embedding
/// level per UTF-16 unit (even: left to right, odd: right to left) with the weak-type rules W1–W7 (so a number keeps
/// its separators and signs: "12/03/2026", "14:30", "3.5", "50%" stay one left-to-right run), the neutral rules N1–N2
/// and I1–I2, and reorders a line's runs for display (L2). Not implemented: explicit embeddings, overrides and isolates
/// (their controls are ignored), bracket pairs (N0). Each line break of the text ends a paragraph for the rules; the
/// text keeps one base direction, from its first strong letter.
/// </summary>
internal static class Bidi
{
    /// <summary>The bidirectional character types of UAX #9 (table 4) that this implementation tells apart.</summary>
    private enum BidiType : byte
    {
        /// <summary>Left to right (Latin, Ethiopic, Bengali… letters; LRM).</summary>
        L,

        /// <summary>Right to left (Hebrew letters; RLM).</summary>
        R,

        /// <summary>Right-to-left Arabic (Arabic-script letters; ALM).</summary>
        AL,

        /// <summary>European number (ASCII and extended Arabic-Indic digits).</summary>
        EN,

        /// <summary>European number separator (plus, minus).</summary>
        ES,

        /// <summary>European number terminator (#, $, %, °, currency signs).</summary>
        ET,

        /// <summary>Arabic number (Arabic-Indic digits, Arabic decimal and thousands separators).</summary>
        AN,

        /// <summary>Common number separator (comma, full stop, slash, colon, no-break space).</summary>
        CS,

        /// <summary>Non-spacing mark.</summary>
        NSM,

        /// <summary>Boundary neutral (format and control characters, ignored by the rules; also unsupported embedding controls).</summary>
        BN,

        /// <summary>Paragraph separator (line feed).</summary>
        B,

        /// <summary>Segment separator (tab).</summary>
        S,

        /// <summary>White space.</summary>
        WS,

        /// <summary>Other neutral (punctuation, symbols).</summary>
        ON,
    }

    /// <summary>Levels per UTF-16 unit of <paramref name="text"/>; <paramref name="baseLevel"/> is 1 when the first strong letter is right-to-left.</summary>
    public static byte[] Resolve(string text, out byte baseLevel)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u0590', '\u08FF') && !text.AsSpan().ContainsAnyInRange('\uFB1D', '\uFEFF')
            && !text.AsSpan().ContainsAnyInRange('\u200E', '\u200F') && !text.AsSpan().ContainsAnyInRange('\uD802', '\uD83B'))
        {
            baseLevel = 0;
            return new byte[text.Length]; // nothing right to left (no Hebrew or Arabic script, no marks): the common case
        }

        // Types per code point, on its first UTF-16 unit; the second unit of a surrogate pair is marked as a continuation.
        var types = new BidiType[text.Length];
        var continuation = new bool[text.Length];
        var hasRtl = false;
        baseLevel = 2; // unknown yet (rules P2, P3)
        for (var i = 0; i < text.Length;)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length);
            var type = Classify(rune);
            types[i] = type;
            for (var k = 1; k < length; k++)
            {
                types[i + k] = type;
                continuation[i + k] = true;
            }

            hasRtl |= type is BidiType.R or BidiType.AL or BidiType.AN;
            if (baseLevel == 2 && type is BidiType.L or BidiType.R or BidiType.AL)
            {
                baseLevel = type == BidiType.L ? (byte)0 : (byte)1;
            }

            i += length;
        }

        if (baseLevel == 2)
        {
            baseLevel = 0;
        }

        var levels = new byte[text.Length];
        if (!hasRtl)
        {
            return levels; // all left to right
        }

        var sequence = new List<int>(text.Length);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || (types[i] == BidiType.B && !continuation[i]))
            {
                ResolveParagraph(types, continuation, start, i, baseLevel, levels, sequence);
                if (i < text.Length)
                {
                    levels[i] = baseLevel;
                }

                start = i + 1;
            }
        }

        return levels;
    }

    /// <summary>Resolves the levels of <c>[start, end)</c>, a paragraph without separator, at one embedding level.</summary>
    private static void ResolveParagraph(BidiType[] types, bool[] continuation, int start, int end, byte baseLevel, byte[] levels, List<int> sequence)
    {
        // X9: boundary neutrals take no part in the rules; the sequence is the other code points, in logical order.
        sequence.Clear();
        for (var i = start; i < end; i++)
        {
            if (!continuation[i] && types[i] != BidiType.BN)
            {
                sequence.Add(i);
            }
        }

        var n = sequence.Count;
        var t = new BidiType[n];
        for (var j = 0; j < n; j++)
        {
            t[j] = types[sequence[j]];
        }

        // One level for the whole paragraph: the start and end of the sequence (sos, eos) have its direction.
        var edge = (baseLevel & 1) == 0 ? BidiType.L : BidiType.R;

        // W1: a non-spacing mark takes the type of the character before it.
        for (var j = 0; j < n; j++)
        {
            if (t[j] == BidiType.NSM)
            {
                t[j] = j == 0 ? edge : t[j - 1];
            }
        }

        // W2: a European number after Arabic letters (the last strong type before it being AL) is an Arabic number.
        // W3: Arabic letters are then right to left.
        var strong = edge;
        for (var j = 0; j < n; j++)
        {
            switch (t[j])
            {
                case BidiType.L or BidiType.R:
                    strong = t[j];
                    break;
                case BidiType.AL:
                    strong = BidiType.AL;
                    t[j] = BidiType.R;
                    break;
                case BidiType.EN when strong == BidiType.AL:
                    t[j] = BidiType.AN;
                    break;
            }
        }

        // W4: one separator between two numbers of the same kind joins them: "1+2" (ES between European numbers),
        // "12/03/2026", "14:30", "3.5" (CS between European or Arabic numbers).
        for (var j = 1; j < n - 1; j++)
        {
            if (t[j] == BidiType.ES && t[j - 1] == BidiType.EN && t[j + 1] == BidiType.EN)
            {
                t[j] = BidiType.EN;
            }
            else if (t[j] == BidiType.CS && t[j - 1] is BidiType.EN or BidiType.AN && t[j + 1] == t[j - 1])
            {
                t[j] = t[j - 1];
            }
        }

        // W5: terminators next to a European number belong to it ("50 %", "$5", "20°").
        for (var j = 0; j < n;)
        {
            if (t[j] != BidiType.ET)
            {
                j++;
                continue;
            }

            var runEnd = j;
            while (runEnd < n && t[runEnd] == BidiType.ET)
            {
                runEnd++;
            }

            if ((j > 0 && t[j - 1] == BidiType.EN) || (runEnd < n && t[runEnd] == BidiType.EN))
            {
                Array.Fill(t, BidiType.EN, j, runEnd - j);
            }

            j = runEnd;
        }

        // W6: other separators and terminators are neutral.
        // W7: a European number after left-to-right letters (or at the start of a left-to-right paragraph) is L.
        strong = edge;
        for (var j = 0; j < n; j++)
        {
            switch (t[j])
            {
                case BidiType.ES or BidiType.ET or BidiType.CS:
                    t[j] = BidiType.ON;
                    break;
                case BidiType.L or BidiType.R:
                    strong = t[j];
                    break;
                case BidiType.EN when strong == BidiType.L:
                    t[j] = BidiType.L;
                    break;
            }
        }

        // N1: neutrals between two characters of the same direction take it (numbers count as right to left);
        // N2: otherwise the paragraph's.
        for (var j = 0; j < n;)
        {
            if (t[j] is not (BidiType.B or BidiType.S or BidiType.WS or BidiType.ON))
            {
                j++;
                continue;
            }

            var runEnd = j;
            while (runEnd < n && t[runEnd] is BidiType.B or BidiType.S or BidiType.WS or BidiType.ON)
            {
                runEnd++;
            }

            var before = j == 0 ? edge : Direction(t[j - 1]);
            var after = runEnd == n ? edge : Direction(t[runEnd]);
            Array.Fill(t, before == after ? before : edge, j, runEnd - j);
            j = runEnd;
        }

        // I1, I2: levels from the resolved types.
        for (var j = 0; j < n; j++)
        {
            levels[sequence[j]] = (baseLevel & 1) == 0
                ? t[j] switch { BidiType.L => baseLevel, BidiType.R => (byte)(baseLevel + 1), _ => (byte)(baseLevel + 2) }
                : t[j] == BidiType.R ? baseLevel : (byte)(baseLevel + 1);
        }

        // Boundary neutrals and second halves of surrogate pairs: the level of the unit before them.
        for (var i = start; i < end; i++)
        {
            if (continuation[i] || types[i] == BidiType.BN)
            {
                levels[i] = i > start ? levels[i - 1] : baseLevel;
            }
        }

        // L1: segment separators, and white space before them or at the end of the paragraph, at the paragraph's level.
        var trailing = true;
        for (var i = end - 1; i >= start; i--)
        {
            var type = types[i];
            if (type == BidiType.S)
            {
                levels[i] = baseLevel;
                trailing = true;
            }
            else if (trailing && type is BidiType.WS or BidiType.BN)
            {
                levels[i] = baseLevel;
            }
            else
            {
                trailing = false;
            }
        }
    }

    /// <summary>The display order of a line's runs, given their levels in logical order (rule L2).</summary>
    public static int[] VisualOrder(IReadOnlyList<byte> levels)
    {
        var order = new int[levels.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        if (order.Length < 2)
        {
            return order;
        }

        var max = levels.Max();
        var minOdd = levels.Where(l => (l & 1) == 1).DefaultIfEmpty((byte)(max + 1)).Min();
        for (var level = max; level >= minOdd && level > 0; level--)
        {
            for (var i = 0; i < order.Length;)
            {
                if (levels[order[i]] < level)
                {
                    i++;
                    continue;
                }

                var end = i;
                while (end < order.Length && levels[order[end]] >= level)
                {
                    end++;
                }

                Array.Reverse(order, i, end - i);
                i = end;
            }
        }

        return order;
    }

    /// <summary>The direction a resolved type gives to neutrals next to it (N1: numbers count as right to left).</summary>
    private static BidiType Direction(BidiType type) => type == BidiType.L ? BidiType.L : BidiType.R;

    /// <summary>The bidirectional type of a code point (from UnicodeData.txt for the scripts and signs that matter here).</summary>
    private static BidiType Classify(Rune rune)
    {
        var c = rune.Value;
        switch (c)
        {
            case >= '0' and <= '9':
                return BidiType.EN;
            case '+' or '-':
                return BidiType.ES;
            case '#' or '$' or '%':
                return BidiType.ET;
            case ',' or '.' or '/' or ':':
                return BidiType.CS;
            case ' ' or '\f':
                return BidiType.WS;
            case '\t' or '\v' or 0x1F:
                return BidiType.S;
            case '\n' or '\r' or (>= 0x1C and <= 0x1E) or 0x85 or 0x2029:
                return BidiType.B;
            case 0x200E:
                return BidiType.L; // left-to-right mark
            case 0x200F:
                return BidiType.R; // right-to-left mark
            case 0x061C:
                return BidiType.AL; // Arabic letter mark
            case 0x00A0 or 0x202F or 0x2044 or 0x060C or 0xFE50 or 0xFE52 or 0xFE55 or 0xFF0C or 0xFF0E or 0xFF0F or 0xFF1A:
                return BidiType.CS;
            case 0x207A or 0x207B or 0x208A or 0x208B or 0x2212 or 0xFB29 or 0xFE62 or 0xFE63 or 0xFF0B or 0xFF0D:
                return BidiType.ES;
            case 0x00B2 or 0x00B3 or 0x00B9 or 0x2070 or (>= 0x2074 and <= 0x2079) or (>= 0x2080 and <= 0x2089) or (>= 0x2488 and <= 0x249B)
                or (>= 0x06F0 and <= 0x06F9) or (>= 0xFF10 and <= 0xFF19) or (>= 0x1D7CE and <= 0x1D7FF) or (>= 0x1F100 and <= 0x1F10A)
                or (>= 0x1FBF0 and <= 0x1FBF9):
                return BidiType.EN;
            case (>= 0x0600 and <= 0x0605) or (>= 0x0660 and <= 0x0669) or 0x066B or 0x066C or 0x06DD or 0x0890 or 0x0891 or 0x08E2
                or (>= 0x10D30 and <= 0x10D39) or (>= 0x10E60 and <= 0x10E7E):
                return BidiType.AN;
            case 0x00B0 or 0x00B1 or 0x0609 or 0x060A or 0x066A or 0x2030 or 0x2031 or 0x2032 or 0x2033 or 0x2034 or 0x212E or 0x2213
                or 0xFE5F or 0xFE69 or 0xFE6A or (>= 0xFF03 and <= 0xFF05):
                return BidiType.ET;
            case (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069):
                return BidiType.BN; // explicit embeddings, overrides and isolates: not supported, ignored
            case 0x0606 or 0x0607 or 0x060E or 0x060F or 0x06DE or 0x06E9 or 0xFD3E or 0xFD3F:
                return BidiType.ON;
            case 0x2028 or 0x1680 or (>= 0x2000 and <= 0x200A) or 0x205F or 0x3000:
                return BidiType.WS;
        }

        var category = Rune.GetUnicodeCategory(rune);
        switch (category)
        {
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark:
                return BidiType.NSM;
            case UnicodeCategory.Format or UnicodeCategory.Control:
                return BidiType.BN;
        }

        if (c is (>= 0x0600 and <= 0x07BF) or (>= 0x0860 and <= 0x08FF) or (>= 0xFB50 and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF)
            or (>= 0x10D00 and <= 0x10D3F) or (>= 0x10EC0 and <= 0x10EFF) or (>= 0x10F30 and <= 0x10F6F) or (>= 0x1EC70 and <= 0x1ECBF)
            or (>= 0x1ED00 and <= 0x1ED4F) or (>= 0x1EE00 and <= 0x1EEFF))
        {
            return BidiType.AL;
        }

        if (c is (>= 0x0590 and <= 0x05FF) or (>= 0x07C0 and <= 0x085F) or (>= 0xFB1D and <= 0xFB4F) or (>= 0x10800 and <= 0x10FFF) or (>= 0x1E800 and <= 0x1EFFF))
        {
            return BidiType.R;
        }

        return category switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
                or UnicodeCategory.OtherLetter or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.LetterNumber
                or UnicodeCategory.DecimalDigitNumber => BidiType.L, // digits of other scripts (Bengali, Devanagari…) are L
            UnicodeCategory.CurrencySymbol => BidiType.ET,
            UnicodeCategory.SpaceSeparator => BidiType.WS,
            _ => BidiType.ON,
        };
    }
}
