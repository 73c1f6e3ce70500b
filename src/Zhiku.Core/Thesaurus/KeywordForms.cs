using System.Text;
using System.Text.RegularExpressions;

namespace Zhiku.Thesaurus;

/// <summary>
/// The normalisation rules of the proposals, on bibliometrix keyword keys (upper case, spaces collapsed): hyphens and
/// underscores are spaces, "&amp;" is AND, a leading article goes, the last word is singular, and a trailing
/// parenthesised acronym "X (Y)" leaves X (and says Y stands for it).
/// </summary>
internal static partial class KeywordForms
{
    private static readonly HashSet<string> Minor = new(["OF", "AND", "THE", "FOR", "IN", "ON", "TO", "A", "AN", "BY", "WITH"], StringComparer.Ordinal);

    /// <summary>The normal form of a key (what spelling variants share), and the acronym in its trailing parentheses.</summary>
    public static (string Normal, string? Acronym) Normalise(string key)
    {
        var text = key;
        string? acronym = null;
        if (TrailingParentheses().Match(text) is { Success: true } m && m.Groups[1].Value.Trim().Length > 0)
        {
            var (outside, inside) = (m.Groups[1].Value.Trim(), m.Groups[2].Value.Trim());
            // "IOT (INTERNET OF THINGS)" is the same pair written the other way round.
            (text, acronym) = IsAcronym(outside) && inside.Contains(' ', StringComparison.Ordinal) ? (inside, outside)
                : (outside, IsAcronym(inside) ? inside : null);
        }
        else if (text.LastIndexOf(' ') is > 0 and var space && IsAcronym(text[(space + 1)..])
            && Initials(Plain(text[..space])).Contains(Singular(text[(space + 1)..]), StringComparer.Ordinal))
        {
            // "INTERNET OF THINGS IOT": the acronym written after its expansion without parentheses.
            (text, acronym) = (text[..space], text[(space + 1)..]);
        }

        var words = Plain(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] is "THE" or "A" or "AN")
        {
            words.RemoveAt(0);
        }

        if (words.Count > 0)
        {
            words[^1] = Singular(words[^1]);
        }

        return (string.Join(' ', words), acronym);
    }

    /// <summary>A single token of 2–10 letters and digits with at least two letters (IOT, 5G NR is not one, WF-IOT is).</summary>
    public static bool IsAcronym(string text) =>
        text.Length is >= 2 and <= 10 && !text.Contains(' ', StringComparison.Ordinal)
        && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && text.Count(char.IsAsciiLetter) >= 2;

    /// <summary>The initials of a normal form: every word's (IOT of INTERNET OF THINGS), and the content words' (IT).</summary>
    public static IEnumerable<string> Initials(string normal)
    {
        var words = normal.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !words.All(w => char.IsAsciiLetter(w[0])))
        {
            yield break;
        }

        var all = string.Concat(words.Select(w => w[0]));
        yield return all;
        var content = string.Concat(words.Where(w => !Minor.Contains(w)).Select(w => w[0]));
        if (content != all && content.Length >= 2)
        {
            yield return content;
        }
    }

    /// <summary>Which rules turn one key into the other (hyphen, ampersand, article, plural, parenthesised-acronym).</summary>
    public static IReadOnlyList<string> RulesBetween(string a, string b)
    {
        var rules = new List<string>();
        void Check(string rule, Func<string, string> undo)
        {
            if (undo(a) != a || undo(b) != b)
            {
                rules.Add(rule);
            }
        }

        Check("parenthesised-acronym", k => TrailingParentheses().Match(k) is { Success: true } m ? m.Groups[1].Value : k);
        Check("hyphen", k => k.Replace('-', ' ').Replace('_', ' '));
        Check("ampersand", k => k.Replace("&", " AND ", StringComparison.Ordinal));
        Check("article", k => LeadingArticle().Replace(k, string.Empty));
        if (Singular(LastWord(a)) == Singular(LastWord(b)) && LastWord(a) != LastWord(b))
        {
            rules.Add("plural");
        }

        return rules.Count == 0 ? ["normal-form"] : rules;
    }

    private static string Plain(string text) =>
        text.Replace("&", " AND ", StringComparison.Ordinal).Replace('-', ' ').Replace('_', ' ');

    private static string LastWord(string key) => key.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? key;

    // English plurals of technical terms: -IES → -Y, -SSES → -SS, -XES/-CHES/-SHES → drop ES, -S (not -SS, -US, -IS) → drop S.
    private static string Singular(string word)
    {
        if (word.Length <= 3 || !word.All(char.IsAsciiLetter))
        {
            return word;
        }

        var s = new StringBuilder(word);
        if (word.EndsWith("IES", StringComparison.Ordinal))
        {
            return s.Remove(s.Length - 3, 3).Append('Y').ToString();
        }

        if (word.EndsWith("SSES", StringComparison.Ordinal) || word.EndsWith("XES", StringComparison.Ordinal)
            || word.EndsWith("CHES", StringComparison.Ordinal) || word.EndsWith("SHES", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word.EndsWith('S') && !word.EndsWith("SS", StringComparison.Ordinal) && !word.EndsWith("US", StringComparison.Ordinal)
            && !word.EndsWith("IS", StringComparison.Ordinal)
            ? word[..^1]
            : word;
    }

    [GeneratedRegex(@"^(.*\S)\s*\(([^()]*)\)$")]
    private static partial Regex TrailingParentheses();

    [GeneratedRegex(@"^(THE|A|AN) (?=\S)")]
    private static partial Regex LeadingArticle();
}
