using System.Globalization;
using System.Text;
using Zhiku.Model;

namespace Zhiku.People;

/// <summary>
/// A person's name taken apart for comparison: the family name folded (diacritics dropped, German umlaut spellings
/// ae/oe/ue read as the vowel, so Glänzel, Glaenzel and Glanzel share a key), the given names as full words when the
/// name has them, and their initials ("Glanzel, W" → W; "Yang, Guan-Can" → G C). A name in Han characters is
/// folded to Simplified and keyed by its pinyin (<see cref="HanName"/>), so that 张晓明, 張曉明 and "Zhang, X.-M."
/// share a block; a Latin name without a comma that reads as pinyin family-first ("ZHANG Xiaoming") keeps that
/// reading beside the Western one.
/// </summary>
internal sealed record PersonName(string Family, string FamilyKey, IReadOnlyList<string> Given, string Initials, bool Han)
{
    /// <summary>Whether the name has at least one given name written out (not only initials).</summary>
    public bool HasFullGiven => Given.Count > 0;

    /// <summary>The block candidates are looked for in: family key and first initial.</summary>
    public string Block => Initials.Length > 0 ? FamilyKey + " " + Initials[0] : FamilyKey;

    /// <summary>A Han name in pinyin (张晓明 → family zhang, given xiao ming, initials xm); null for Latin names.</summary>
    public PersonName? Romanised { get; init; }

    /// <summary>The family-first reading of a Latin name in pinyin without a comma ("Zhang Xiaoming"), else null.</summary>
    public PersonName? FamilyFirst { get; init; }

    /// <summary>Every block the name may meet its variants in: its own and that of the family-first reading.</summary>
    public IReadOnlyList<string> Blocks => FamilyFirst is { } other && other.Block != Block ? [Block, other.Block] : [Block];

    public static PersonName Parse(string name)
    {
        var text = name.Trim();
        if (text.Any(LanguageGuess.IsCjk))
        {
            return HanName.Parse(text);
        }

        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            return Latin(text[..comma], text[(comma + 1)..]);
        }

        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var trailingInitials = tokens.Length > 1 && tokens[^1].Replace(".", "", StringComparison.Ordinal) is { Length: <= 3 } t && t.All(char.IsUpper);
        if (tokens.Length <= 1 || trailingInitials)
        {
            return tokens.Length <= 1 ? Latin(text, "") : Latin(string.Join(' ', tokens[..^1]), tokens[^1]);
        }

        var western = Latin(tokens[^1], string.Join(' ', tokens[..^1]));
        return HanName.IsPinyinFamilyFirst(tokens)
            ? western with { FamilyFirst = Latin(tokens[0], string.Join(' ', tokens[1..])) }
            : western;
    }

    /// <summary>A Latin name from its family and given parts.</summary>
    internal static PersonName Latin(string family, string given)
    {
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
    internal static string Key(string folded) => folded
        .Replace("ae", "a", StringComparison.Ordinal)
        .Replace("oe", "o", StringComparison.Ordinal)
        .Replace("ue", "u", StringComparison.Ordinal);
}
