using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Search;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Robustness;

/// <summary>
/// Defect 2 of issue 9: one record with a 40,000-character single-word title failed with "immense term in field title",
/// and afterwards stats, search, index rebuild and opening the data directory failed.
/// </summary>
public sealed class ImmenseTermTests
{
    [Theory]
    [InlineData("TI")]
    [InlineData("KW")]
    [InlineData("T2")]
    [InlineData("DO")]
    public void A_record_with_a_40000_character_word_imports_and_the_data_directory_stays_usable(string tag)
    {
        using var data = new TempDataDirectory();
        var path = data.File("immense.ris");
        var word = new string('x', 40_000);
        File.WriteAllText(path, $"""
            TY  - JOUR
            TI  - {(tag == "TI" ? word : "Think tanks under attack")}
            AU  - Wang, Li
            PY  - 2019
            {tag}  - {word}
            ER  - 

            TY  - JOUR
            TI  - Policy advice and the immense word
            AU  - Zhang, Wei
            PY  - 2020
            KW  - policy advice
            ER  - 

            """);

        using (var kb = data.Open())
        {
            var report = kb.Import([path], new ImportOptions());

            Assert.Equal(2, report.Imported);
            Assert.Equal(1, kb.Read(Caller.Owner).Search(new SearchRequest { Query = "immense" }).Total);
            Assert.Equal(2, kb.Read(Caller.Owner).Search(new SearchRequest { Query = "*" }).Total);
            Assert.Equal(2, kb.Read(Caller.Owner).Statistics().Works);
            Assert.Equal(2, kb.RebuildIndex());
        }

        using var reopened = data.Open();
        Assert.Equal(1, reopened.Read(Caller.Owner).Search(new SearchRequest { Query = "author:zhang" }).Total);
        Assert.Equal(2, reopened.Index.Count);
    }

    [Fact]
    public void The_analyzers_skip_words_longer_than_255_characters_and_keep_the_others()
    {
        using var analyzer = Zhiku.Search.Analysis.SearchAnalyzers.ForIndexing();
        var terms = new List<string>();
        using (var stream = analyzer.GetTokenStream(SearchFields.Title, new string('q', 256) + " policy " + new string('r', 255)))
        {
            var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                terms.Add(term.ToString());
            }

            stream.End();
        }

        Assert.Equal(["polici", new string('r', 255)], terms);
    }
}
