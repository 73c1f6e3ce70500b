using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;
using Zhiku.Text.Segmentation;

namespace Zhiku.Search.Analysis;

/// <summary>Which analyzer reads which index field, at index time and at query time.</summary>
internal static class SearchAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly string[] ExactFields = [SearchFields.Kind, SearchFields.Lang, SearchFields.Identifier, SearchFields.Id];

    private static readonly string[] TextFields =
        [SearchFields.Title, SearchFields.Abstract, SearchFields.Text, SearchFields.Author, SearchFields.Source, SearchFields.Keyword, SearchFields.Org];

    /// <summary>
    /// The analyzer used when indexing: words in search mode (long words and their sub-words), CJK fields as unigrams
    /// and bigrams so single characters match too.
    /// </summary>
    public static Analyzer ForIndexing(ChineseSegmenter? segmenter = null) =>
        Build(new ChineseWordAnalyzer(segmenter ?? ChineseSegmenter.Default, queryMode: false), new CjkBigramFieldAnalyzer(outputUnigrams: true));

    /// <summary>The analyzer used for queries: words without sub-words; CJK fields as bigrams only.</summary>
    public static Analyzer ForQueries(ChineseSegmenter? segmenter = null) =>
        Build(new ChineseWordAnalyzer(segmenter ?? ChineseSegmenter.Default, queryMode: true), new CjkBigramFieldAnalyzer(outputUnigrams: false));

    private static PerFieldAnalyzerWrapper Build(Analyzer words, Analyzer cjk)
    {
        var perField = new Dictionary<string, Analyzer>(StringComparer.Ordinal);
        var exact = new KeywordLowerAnalyzer();
        foreach (var field in ExactFields)
        {
            perField[field] = exact;
        }

        foreach (var field in TextFields)
        {
            perField[SearchFields.Cjk(field)] = cjk;
        }

        perField[SearchFields.TitleWords] = new PlainWordsAnalyzer();

        return new PerFieldAnalyzerWrapper(words, perField);
    }
}
