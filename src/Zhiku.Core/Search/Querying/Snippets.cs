using System.Net;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Zhiku.Model;

namespace Zhiku.Search.Querying;

/// <summary>
/// Highlighted snippets: the best fragments of the abstract, full text or title, HTML-escaped, with matches in
/// &lt;em&gt;. Latin text goes through Lucene's highlighter (so stemmed forms are marked); Chinese text is marked
/// where the query's Chinese words and bigrams occur literally, since overlapping bigram tokens would otherwise
/// merge a whole run of characters into one highlight.
/// </summary>
internal sealed class Snippets(Query query, Analyzer analyzer, IReadOnlyCollection<string> cjkTerms)
{
    private const int FragmentSize = 160;

    public string For(Document doc)
    {
        foreach (var field in (string[])[SearchFields.Abstract, SearchFields.FullText, SearchFields.Title])
        {
            foreach (var raw in doc.GetValues(field))
            {
                var text = Whitespace.Collapse(raw);
                var fragment = text.Any(LanguageGuess.IsCjk) ? CjkSnippet.Best(text, cjkTerms, FragmentSize) : Highlight(field, text);
                if (fragment is not null)
                {
                    return fragment;
                }
            }
        }

        var fallback = Whitespace.Collapse(doc.Get(SearchFields.Abstract) ?? doc.Get(SearchFields.FullText) ?? string.Empty);
        return WebUtility.HtmlEncode(fallback.Length > FragmentSize ? fallback[..FragmentSize] + "…" : fallback);
    }

    private string? Highlight(string field, string text)
    {
        // Terms of any field count: the default query searches the body field, the snippet shows the abstract.
        var scorer = new QueryScorer(query, null);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), new MinimalHtmlEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentSize),
            MaxDocCharsToAnalyze = 200_000,
        };
        using var tokens = analyzer.GetTokenStream(field, text);
        var fragments = highlighter.GetBestFragments(tokens, text, 2, " … ");
        return fragments.Length > 0 ? string.Join(" … ", fragments).Trim() : null;
    }

    /// <summary>Escapes only what HTML needs (Lucene's encoder turns every Chinese character into an entity).</summary>
    private sealed class MinimalHtmlEncoder : IEncoder
    {
        public string EncodeText(string originalText) => WebUtility.HtmlEncode(originalText);
    }
}
