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

    /// <summary>Adds the suggestion terms of a work: its keywords, authors, title words, Chinese title phrases and the Chinese words and phrases of its text.</summary>
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
            var words = ChineseSegmenter.Default.Cut(title.Text, hmm: false).ToList();
            for (var i = 0; i < words.Count; i++)
            {
                if (IsTitleWord(words[i]))
                {
                    Add(doc, seen, SuggestionKind.TitleWord, words[i].ToLowerInvariant());
                }

                foreach (var phrase in ChinesePhrases(words, i))
                {
                    Add(doc, seen, SuggestionKind.TitleWord, phrase);
                }
            }
        }

        AddTextWords(doc, seen, work);
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

    /// <summary>Most distinct words and phrases of its abstracts and full text one work offers (a long report has tens of thousands).</summary>
    private const int MaxTextTerms = 4000;

    // The Chinese words and phrases of the abstracts and the full text: a Chinese prefix is mostly found there (科技 is in
    // the body of a government work report, seldom in its title). Latin words of the body are left out: titles and
    // keywords cover them, and an English abstract would offer hundreds of words.
    private static void AddTextWords(Document doc, HashSet<string> seen, WorkRecord work)
    {
        var added = 0;
        var texts = work.Abstracts.Select(a => a.Text).Append(work.FullText ?? string.Empty).Where(t => t.Any(LanguageGuess.IsCjk));
        foreach (var text in texts)
        {
            var words = ChineseSegmenter.Default.Cut(text, hmm: false).ToList();
            for (var i = 0; i < words.Count && added < MaxTextTerms; i++)
            {
                foreach (var term in ChinesePhrases(words, i).Prepend(IsChineseWord(words[i]) ? words[i] : null).OfType<string>())
                {
                    if (Add(doc, seen, SuggestionKind.TextWord, term))
                    {
                        added++;
                    }
                }
            }
        }
    }

    /// <summary>Most Chinese words a title phrase joins (科技 + 成果 + 转化 → 科技成果转化).</summary>
    private const int PhraseWords = 3;

    /// <summary>
    /// The Chinese phrases a title offers from word <paramref name="start"/> on: that word joined with the next one and
    /// the one after, each a Chinese word of two characters or more, as a writer would type them (科技 政策 → 科技政策).
    /// jieba cuts 科技政策 into two words, so without them a Chinese prefix completes only to single words.
    /// </summary>
    internal static IEnumerable<string> ChinesePhrases(IReadOnlyList<string> words, int start)
    {
        if (!IsChineseWord(words[start]))
        {
            yield break;
        }

        var phrase = words[start];
        for (var next = start + 1; next < words.Count && next < start + PhraseWords && IsChineseWord(words[next]); next++)
        {
            phrase += words[next];
            yield return phrase;
        }
    }

    private static bool IsChineseWord(string word) => word.Length >= 2 && word.All(LanguageGuess.IsCjk);

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

    private static bool Add(Document doc, HashSet<string> seen, SuggestionKind kind, string display)
    {
        if (string.IsNullOrWhiteSpace(display) || display.Length > 120)
        {
            return false;
        }

        var term = Term(kind, display);
        if (!seen.Add(term))
        {
            return false;
        }

        doc.Add(new StringField(FieldName, term, Field.Store.NO));
        return true;
    }
}
