using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Zhiku.Model;
using Zhiku.Text.Scripts;
using Zhiku.Text.Segmentation;

namespace Zhiku.Search.Suggesting;

/// <summary>
/// The completions a work offers, indexed as untokenised terms of one field: "normalised\u001Fkind\u001Fdisplay", so that
/// a prefix seek on the normalised form finds them and the term itself carries what to show.
/// </summary>
internal static class SuggestTerms
{
    public const string FieldName = "suggest";
    public const char Separator = '\u001F';

    /// <summary>Adds the suggestion terms of a work: its keywords, authors and title words.</summary>
    public static void Add(Document doc, WorkRecord work)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var keyword in work.AuthorKeywords.Concat(work.IndexKeywords))
        {
            Add(doc, seen, SuggestionKind.Keyword, keyword);
        }

        foreach (var author in work.Authors)
        {
            Add(doc, seen, SuggestionKind.Author, author.Name);
        }

        foreach (var title in work.Titles)
        {
            foreach (var word in ChineseSegmenter.Default.Cut(title.Text, hmm: false))
            {
                if (IsTitleWord(word))
                {
                    Add(doc, seen, SuggestionKind.TitleWord, word.ToLowerInvariant());
                }
            }
        }
    }

    /// <summary>
    /// The form a prefix is compared in: trimmed, full-width and Traditional Chinese folded, lower case, inner spaces
    /// collapsed.
    /// </summary>
    public static string Normalise(string text)
    {
        var folded = text.Trim().ToCharArray();
        Analysis.WidthFolding.FoldInPlace(folded);
        ScriptFolding.Default.FoldInPlace(folded);
        return string.Join(' ', new string(folded).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    public static string Term(SuggestionKind kind, string display) =>
        $"{Normalise(display)}{Separator}{(char)('0' + (int)kind)}{Separator}{display.Trim()}";

    /// <summary>Reads a term back: its kind and what to show.</summary>
    public static (SuggestionKind Kind, string Display) Parse(string term)
    {
        var first = term.IndexOf(Separator, StringComparison.Ordinal);
        return ((SuggestionKind)(term[first + 1] - '0'), term[(first + 3)..]);
    }

    // Words worth completing: Chinese words of two characters or more, other words of three letters or more that are
    // not English stop words or numbers.
    private static bool IsTitleWord(string word)
    {
        if (word.Any(LanguageGuess.IsCjk))
        {
            return word.Length >= 2 && word.All(c => LanguageGuess.IsCjk(c) || char.IsLetterOrDigit(c));
        }

        return word.Length >= 3 && word.Length <= 40 && char.IsLetter(word[0]) && word.All(c => char.IsLetterOrDigit(c) || c is '-' or '\'')
               && !EnglishAnalyzer.DefaultStopSet.Contains(word.ToLowerInvariant());
    }

    private static void Add(Document doc, HashSet<string> seen, SuggestionKind kind, string display)
    {
        if (string.IsNullOrWhiteSpace(display) || display.Length > 120)
        {
            return;
        }

        var term = Term(kind, display);
        if (seen.Add(term))
        {
            doc.Add(new StringField(FieldName, term, Field.Store.NO));
        }
    }
}
