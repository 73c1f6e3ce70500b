using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Zhiku.Search.Analysis;

namespace Zhiku.Tests.Search.Analysis;

public sealed class AnalyzersEndToEndTests : IDisposable
{
    private static readonly string[] Texts =
    [
        "国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见",
        "关于加强中国特色新型科技智库建设的意见",
        "The Council reviewed national science policies and emerging technologies.",
        "人工智能 (AI) governance: 中国的 Policy 研究",
    ];

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public AnalyzersEndToEndTests()
    {
        using var indexAnalyzer = Analyzers(new ChineseWordAnalyzer());
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, indexAnalyzer)))
        {
            for (var i = 0; i < Texts.Length; i++)
            {
                writer.AddDocument(
                [
                    new StringField("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
                    new TextField("text", Texts[i], Field.Store.YES),
                    new TextField("text_sub", Texts[i], Field.Store.NO),
                    new TextField("text_en", Texts[i], Field.Store.NO),
                    new StringField("kind", "policy", Field.Store.NO),
                ]);
            }
        }

        _reader = DirectoryReader.Open(_directory);
    }

    [Theory]
    [InlineData("text:智库", "1")]
    [InlineData("text:科技智库", "1")]
    [InlineData("text:市场监管", "0")]
    [InlineData("text_sub:\"智库\"", "1")]
    [InlineData("text_sub:\"监管\"", "0")]
    [InlineData("text_sub:\"场监\"", "0")]
    [InlineData("text_sub:\"库建\"", "1")]
    [InlineData("text_en:policy", "2,3")]
    [InlineData("text_en:technology", "2")]
    [InlineData("text:policy AND text:人工智能", "3")]
    [InlineData("text:ai AND text:研究", "3")]
    [InlineData("text:\"中国 的 policy\"", "3")]
    public void Finds_documents_through_the_per_field_analyzers(string query, string expectedIds)
    {
        Assert.Equal(expectedIds, string.Join(',', Search(query)));
    }

    [Fact]
    public void A_bigram_phrase_needs_adjacent_chars()
    {
        Assert.Empty(Search("text_sub:\"智监\""));
    }

    [Fact]
    public void Highlights_the_matched_word_at_its_offsets()
    {
        using var analyzer = new ChineseWordAnalyzer();
        var query = Parser().Parse("text:智库");
        var highlighter = new Highlighter(new SimpleHTMLFormatter("[", "]"), new QueryScorer(query, "text"));

        var fragment = highlighter.GetBestFragment(analyzer, "text", Texts[1]);

        Assert.Equal("关于加强中国特色新型科技[智库]建设的意见", fragment);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private static PerFieldAnalyzerWrapper Analyzers(Analyzer chinese) => new(
        chinese,
        new Dictionary<string, Analyzer>
        {
            ["text_sub"] = new CjkBigramAnalyzer(),
            ["text_en"] = new EnglishTextAnalyzer(),
            ["kind"] = new KeywordLowerAnalyzer(),
        });

    private static QueryParser Parser() => new(LuceneVersion.LUCENE_48, "text", Analyzers(ChineseWordAnalyzer.ForQueries()))
    {
        AutoGeneratePhraseQueries = true,
    };

    private List<string> Search(string query)
    {
        var searcher = new IndexSearcher(_reader);
        var hits = searcher.Search(Parser().Parse(query), 10).ScoreDocs;
        return [.. hits.Select(h => searcher.Doc(h.Doc).Get("id")).Order(StringComparer.Ordinal)];
    }
}
