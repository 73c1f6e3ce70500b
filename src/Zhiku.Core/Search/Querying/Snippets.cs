using System.Net;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Zhiku.Model;

namespace Zhiku.Search.Querying;

/// <summary>
/// Highlighted snippets: the best fragments of the abstract, full text or title, HTML-escaped, with matches in
/// &lt;em&gt;. Chinese text is highlighted through its bigram field so that substring matches are marked.
/// </summary>
internal sealed class Snippets(Query query, Analyzer analyzer)
{
    private const int FragmentSize = 160;

    public string For(Document doc)
    {
        foreach (var field in (string[])[SearchFields.Abstract, SearchFields.FullText, SearchFields.Title])
        {
            foreach (var text in doc.GetValues(field))
            {
                var fragment = Highlight(field, text);
                if (fragment is not null)
                {
                    return fragment;
                }
            }
        }

        var fallback = doc.Get(SearchFields.Abstract) ?? doc.Get(SearchFields.FullText) ?? string.Empty;
        return WebUtility.HtmlEncode(fallback.Length > FragmentSize ? fallback[..FragmentSize] + "…" : fallback);
    }

    private string? Highlight(string field, string text)
    {
        var target = text.Any(LanguageGuess.IsCjk) ? SearchFields.Cjk(field) : field;
        var scorer = new QueryScorer(query, target);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), new SimpleHTMLEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentSize),
            MaxDocCharsToAnalyze = 200_000,
        };
        using var tokens = analyzer.GetTokenStream(target, text);
        var fragments = highlighter.GetBestFragments(tokens, text, 2, " … ");
        return fragments.Length > 0 ? string.Join(" … ", fragments).Trim() : null;
    }
}
