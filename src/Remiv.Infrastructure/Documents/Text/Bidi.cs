using System.Globalization;
using System.Text;

namespace Remiv.Infrastructure.Documents.Text;

/// <summary>
/// A simplified Unicode bidirectional algorithm (UAX #9) for paragraphs without explicit embeddings: enough for French
/// text with names and phrases in Arabic script, or Arabic paragraphs with Latin words and numbers. Resolves an
/// embedding level per UTF-16 unit (even: left to right, odd: right to left) and reorders a line's runs for display.
/// </summary>
internal static class Bidi
{
    private enum Kind : byte
    {
        Left,
        Right,
        Number,
        Neutral,
        Mark,
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

        var kinds = new Kind[text.Length];
        var hasRtl = false;
        baseLevel = 2; // unknown yet
        for (var i = 0; i < text.Length; i++)
        {
            var rune = Rune.GetRuneAt(text, i);
            var kind = Classify(rune);
            kinds[i] = kind;
            if (rune.Utf16SequenceLength == 2)
            {
                kinds[++i] = Kind.Mark;
            }

            if (kind == Kind.Right)
            {
                hasRtl = true;
            }

            if (baseLevel == 2 && kind is Kind.Left or Kind.Right)
            {
                baseLevel = kind == Kind.Right ? (byte)1 : (byte)0;
            }
        }

        if (baseLevel == 2)
        {
            baseLevel = 0;
        }

        var levels = new byte[text.Length];
        if (!hasRtl && baseLevel == 0)
        {
            return levels; // all left to right: the common case
        }

        // Marks take the kind of what they follow; numbers after a left-to-right letter (or at the start of a
        // left-to-right paragraph) are left to right (rule W7).
        var previousStrong = baseLevel == 0 ? Kind.Left : Kind.Right;
        for (var i = 0; i < kinds.Length; i++)
        {
            switch (kinds[i])
            {
                case Kind.Mark:
                    kinds[i] = i > 0 ? kinds[i - 1] : Kind.Neutral;
                    break;
                case Kind.Number when previousStrong == Kind.Left:
                    kinds[i] = Kind.Left;
                    break;
                case Kind.Left or Kind.Right:
                    previousStrong = kinds[i];
                    break;
            }
        }

        // Neutrals between two runs of the same direction take it (numbers count as right to left here, rule N1);
        // otherwise the paragraph's (N2).
        for (var i = 0; i < kinds.Length;)
        {
            if (kinds[i] != Kind.Neutral)
            {
                i++;
                continue;
            }

            var end = i;
            while (end < kinds.Length && kinds[end] == Kind.Neutral)
            {
                end++;
            }

            var before = i == 0 ? Direction(baseLevel) : AsStrong(kinds[i - 1]);
            var after = end == kinds.Length ? Direction(baseLevel) : AsStrong(kinds[end]);
            var resolved = before == after ? before : Direction(baseLevel);
            for (var j = i; j < end; j++)
            {
                kinds[j] = resolved;
            }

            i = end;
        }

        for (var i = 0; i < kinds.Length; i++)
        {
            levels[i] = (kinds[i], baseLevel) switch
            {
                (Kind.Left, 0) => 0,
                (Kind.Left, _) => 2,
                (Kind.Right, _) => 1,
                _ => 2, // numbers in a right-to-left context
            };
        }

        return levels;
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

    private static Kind Direction(byte level) => (level & 1) == 0 ? Kind.Left : Kind.Right;

    private static Kind AsStrong(Kind kind) => kind == Kind.Number ? Kind.Right : kind;

    private static Kind Classify(Rune rune)
    {
        var c = rune.Value;
        if (c is 0x200E)
        {
            return Kind.Left; // LRM
        }

        if (c is 0x200F or 0x061C)
        {
            return Kind.Right; // RLM, ALM
        }

        if (c is (>= 0x0660 and <= 0x0669) or (>= 0x06F0 and <= 0x06F9) || (c < 0x80 && c is >= '0' and <= '9'))
        {
            return Kind.Number;
        }

        if (c is (>= 0x0590 and <= 0x08FF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF) or (>= 0x10800 and <= 0x10FFF) or (>= 0x1E800 and <= 0x1EFFF))
        {
            return Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark ? Kind.Mark : Kind.Right;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
                or UnicodeCategory.OtherLetter or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.LetterNumber => Kind.Left,
            UnicodeCategory.DecimalDigitNumber => Kind.Number,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format => Kind.Mark,
            _ => Kind.Neutral,
        };
    }
}
