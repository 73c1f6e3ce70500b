using System.Globalization;
using System.Text;

namespace Zhiku.Storage;

/// <summary>Normalisation of names and titles for matching: width-folded, lower-cased, letters and digits only.</summary>
public static class Normalise
{
    /// <summary>Letters and digits of the text, NFKC-folded and lower-cased ("The Role of R&amp;D!" → "theroleofrd").</summary>
    public static string Compact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var folded = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>A name for matching: compact, but keeps word breaks as single spaces.</summary>
    public static string Name(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var parts = name.Split([' ', '\t', ',', '.', ';', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(Compact).Where(p => p.Length > 0);
        return string.Join(' ', parts);
    }

    /// <summary>
    /// The family name of an author as bylines write it: "Aria, M" → "aria"; "Yagai T." → "yagai";
    /// "Massimo Aria" → "aria"; "王明" → "王明".
    /// </summary>
    public static string FamilyName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var trimmed = name.Trim();
        var comma = trimmed.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            return Compact(trimmed[..comma]);
        }

        if (trimmed.Any(Model.LanguageGuess.IsCjk))
        {
            return Compact(trimmed);
        }

        var tokens = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 1)
        {
            return Compact(tokens[0]);
        }

        // "Yagai T." or "LIU F": trailing initials mean the family name comes first.
        var last = tokens[^1].Replace(".", string.Empty, StringComparison.Ordinal);
        return last.Length <= 2 && last.All(char.IsUpper) ? Compact(tokens[0]) : Compact(tokens[^1]);
    }
}
