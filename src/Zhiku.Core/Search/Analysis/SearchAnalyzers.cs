using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace Zhiku.Search.Analysis;

/// <summary>Which analyzer reads which index field, at index time and at query time.</summary>
internal static class SearchAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly string[] ExactFields = [SearchFields.Kind, SearchFields.Lang, SearchFields.Identifier, SearchFields.Id];

    /// <summary>The analyzer used when indexing: CJK fields emit unigrams and bigrams so single characters match too.</summary>
    public static Analyzer ForIndexing() => Build(new CjkBigramFieldAnalyzer(outputUnigrams: true));

    /// <summary>The analyzer used for queries: CJK fields as bigrams only, so a two-character word is one exact term.</summary>
    public static Analyzer ForQueries() => Build(new CjkBigramFieldAnalyzer(outputUnigrams: false));

    private static PerFieldAnalyzerWrapper Build(Analyzer cjk)
    {
        var perField = new Dictionary<string, Analyzer>(StringComparer.Ordinal);
        var exact = new ExactValueAnalyzer();
        foreach (var field in ExactFields)
        {
            perField[field] = exact;
        }

        foreach (var field in (string[])[SearchFields.Title, SearchFields.Abstract, SearchFields.FullText, SearchFields.Author,
                     SearchFields.Source, SearchFields.Keyword, SearchFields.Org])
        {
            perField[SearchFields.Cjk(field)] = cjk;
        }

        return new PerFieldAnalyzerWrapper(WordAnalyzer(), perField);
    }

    private static Analyzer WordAnalyzer() => new MixedWordAnalyzer();
}

/// <summary>Exact values (kinds, languages, identifiers): the whole value, lower-cased.</summary>
internal sealed class ExactValueAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new KeywordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(SearchAnalyzers.Version, tokenizer));
    }
}
