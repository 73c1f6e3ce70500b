using System.Globalization;
using System.Text;
using Zhiku.Model;

namespace Zhiku.People;

/// <summary>
/// A person's name taken apart for comparison: the family name folded (diacritics dropped, German umlaut spellings
/// ae/oe/ue read as the vowel, so Glänzel, Glaenzel and Glanzel share a key), the given names as full words when the
/// name has them, and their initials ("Glanzel, W" → W; "Yang, Guan-Can" → G C).
/// </summary>
internal sealed record PersonName(string Family, string FamilyKey, IReadOnlyList<string> Given, string Initials, bool Han)
{
    /// <summary>Whether the name has at least one given name written out (not only initials).</summary>
    public bool HasFullGiven => Given.Count > 0;

    /// <summary>The block candidates are looked for in: family key and first initial.</summary>
    public string Block => Initials.Length > 0 ? FamilyKey + " " + Initials[0] : FamilyKey;

    public static PersonName Parse(string name)
    {
        var text = name.Trim();
        if (text.Any(LanguageGuess.IsCjk))
        {
            // 张伟: the family name is the first character, the rest one given name.
            var han = new string([.. text.Where(c => !char.IsWhiteSpace(c) && c != '·' && c != ',')]);
            var head = han[..1];
            return new PersonName(head, head, han.Length > 1 ? [han[1..]] : [], han.Length > 1 ? han[1..2] : "", true);
        }

        string family, given;
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            family = text[..comma];
            given = text[(comma + 1)..];
        }
        else
        {
            var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var trailingInitials = tokens.Length > 1 && tokens[^1].Replace(".", "", StringComparison.Ordinal) is { Length: <= 3 } t && t.All(char.IsUpper);
            (family, given) = tokens.Length <= 1 ? (text, "")
                : trailingInitials ? (string.Join(' ', tokens[..^1]), tokens[^1])
                : (tokens[^1], string.Join(' ', tokens[..^1]));
        }

        var folded = Fold(family);
        var words = new List<string>();
        var initials = new StringBuilder();
        foreach (var part in given.Split([' ', '-', '.', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            // "GC" in a WoS byline is two initials; "Guan" is a given name.
            if (part.Length <= 3 && part.All(char.IsUpper))
            {
                initials.Append(Fold(part));
                continue;
            }

            var word = Fold(part);
            if (word.Length > 0)
            {
                words.Add(word);
                initials.Append(word[0]);
            }
        }

        return new PersonName(folded, Key(folded), words, initials.ToString(), false);
    }

    /// <summary>Lower case letters without diacritics (ß → ss, ø → o, ł → l).</summary>
    internal static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            switch (lower)
            {
                case 'ß': sb.Append("ss"); break;
                case 'ø': sb.Append('o'); break;
                case 'ł': sb.Append('l'); break;
                case 'æ': sb.Append("ae"); break;
                case 'œ': sb.Append("oe"); break;
                default:
                    if (char.IsLetter(lower))
                    {
                        sb.Append(lower);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    // German transliteration writes ä/ö/ü as ae/oe/ue; dropping the e makes all three spellings one key.
    private static string Key(string folded) => folded
        .Replace("ae", "a", StringComparison.Ordinal)
        .Replace("oe", "o", StringComparison.Ordinal)
        .Replace("ue", "u", StringComparison.Ordinal);
}
