using System.Globalization;
using System.Text;

namespace Remiv.Domain.Youths;

/// <summary>
/// Search keys for names written in any script and spelled many ways.
/// <list type="bullet">
/// <item><see cref="Plain"/>: lower case, no accents or vowel marks, letters and digits only ("N'Diaye" → "ndiaye").</item>
/// <item><see cref="Phonetic"/>: for Latin letters, folds the transliteration variants common in French files
/// (ou/u, o/u, e/a, i/y, doubled letters, silent h, ph/f, kh/k, c/k/q...), so that Mohamed, Mohammed and
/// Muhammad, or Abdoulaye and Abdullahi, share a key. Other scripts keep their plain key, with the Arabic
/// letter variants folded (أ/إ/آ → ا, ة → ه, ى → ي).</item>
/// </list>
/// </summary>
public static class NameKeys
{
    private static readonly (string From, string To)[] LatinDigraphs =
    [
        ("sch", "ch"), ("sh", "ch"), ("tch", "ch"), ("dj", "j"), ("ph", "f"), ("kh", "k"), ("gh", "g"), ("th", "t"),
        ("dh", "d"), ("ck", "k"), ("qu", "k"), ("q", "k"), ("c", "k"), ("x", "ks"), ("z", "s"), ("w", "u"), ("v", "f"),
    ];

    /// <summary>The separate words of a name, each as its plain key ("Abdoul-Aziz Bâ" → ["abdoul", "aziz", "ba"]).</summary>
    public static IReadOnlyList<string> Tokens(string? text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in Fold(text ?? string.Empty).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0 && rune.Value != '\'' && rune.Value != '’')
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    /// <summary>The plain key of a whole name: its tokens joined without separators.</summary>
    public static string Plain(string? text) => string.Concat(Tokens(text));

    /// <summary>The phonetic key of one plain token.</summary>
    public static string Phonetic(string plainToken)
    {
        if (plainToken.Length == 0 || !plainToken.All(c => c is >= 'a' and <= 'z' || char.IsAsciiDigit(c)))
        {
            return plainToken;
        }

        // A mute final e, as French spelling adds it (Ousmane / Usman, Karime / Karim).
        var text = plainToken.Length > 3 && plainToken[^1] == 'e' ? plainToken[..^1] : plainToken;
        foreach (var (from, to) in LatinDigraphs)
        {
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        // A silent h: dropped unless it starts the name ("Hawa" keeps it, "Mohamed" loses it).
        text = text[0] + text[1..].Replace("h", string.Empty, StringComparison.Ordinal);

        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var folded = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' ? 'a' : c;
            if (key.Length == 0 || key[^1] != folded)
            {
                key.Append(folded);
            }
        }

        return key.ToString();
    }

    /// <summary>Lower case, compatibility-normalised, without combining marks (accents, Arabic harakat).</summary>
    private static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'ß' => "ss",
                'æ' or 'Æ' => "ae",
                'œ' or 'Œ' => "oe",
                'ø' or 'Ø' => "o",
                'ł' or 'Ł' => "l",
                'đ' or 'Đ' => "d",
                '\u0623' or '\u0625' or '\u0622' or '\u0671' => "\u0627", // alef variants → alef
                '\u0629' => "\u0647", // teh marbuta → heh
                '\u0649' => "\u064A", // alef maksura → yeh
                _ => char.ToLowerInvariant(c).ToString(),
            });
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
