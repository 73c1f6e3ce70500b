using System.Text.Json.Nodes;
using Zhiku.Analytics.Bibliometrics;
using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Analytics.Bibliometrics;

/// <summary>
/// Issue 21: a source without citation counts (PubMed MEDLINE, CNKI NoteExpress, CNKI through CiteSpace) is ranked and
/// indexed as unknown, never as uncited; a count a source leaves blank (Scopus, Lens) is 0 citations.
/// </summary>
public sealed class CitationCountsTests
{
    private const int ReferenceYear = 2020;

    private static readonly Lazy<IReadOnlyList<WorkRecord>> PubMed = new(() => Read("pubmed/pybibx_pubmed.txt", "pubmed-medline"));

    private static readonly Lazy<IReadOnlyList<WorkRecord>> Wos = new(() => Read("wos/bibliometrixdata_scientometrics.txt", "wos-plain"));

    [Fact]
    public void Most_cited_ranks_no_work_of_a_source_without_citation_counts()
    {
        var works = PubMed.Value;

        var cited = Productivity.MostCited(works, ReferenceYear);

        Assert.NotEmpty(works);
        Assert.All(works, w => Assert.Null(w.CitedByCount));
        Assert.Empty(cited);
    }

    [Fact]
    public void Impact_indices_are_unknown_where_the_documents_carry_no_count()
    {
        var authors = ImpactIndices.Authors(PubMed.Value, ReferenceYear);
        var sources = ImpactIndices.Sources(PubMed.Value, ReferenceYear);

        Assert.NotEmpty(authors);
        Assert.All(authors.Concat(sources), i => Assert.Equal((null, null, null, null), (i.H, i.G, i.M, i.Citations)));
        Assert.Equal(PubMed.Value.Count, sources.Sum(s => s.Documents));
    }

    [Fact]
    public void Beside_counted_works_an_uncounted_work_is_left_out_of_the_ranking_and_its_source_has_no_index()
    {
        var mixed = Wos.Value.Concat(PubMed.Value).ToList();

        var cited = Productivity.MostCited(mixed, ReferenceYear);
        var sources = ImpactIndices.Sources(mixed, ReferenceYear);

        Assert.Equal(Wos.Value.Count, cited.Count);
        Assert.All(cited, c => Assert.InRange(c.Index, 0, Wos.Value.Count - 1));
        Assert.Equal(Wos.Value.Max(w => w.CitedByCount), cited[0].Citations);
        Assert.NotNull(sources.Single(s => s.Name == "SCIENTOMETRICS").H);
        var pubmedSource = BibliometrixKeys.Source(PubMed.Value.First(w => w.Source is not null).Source!);
        Assert.Null(sources.Single(s => s.Name == pubmedSource).H);
    }

    [Fact]
    public void A_blank_scopus_count_is_zero_citations_in_the_most_cited_list_and_the_indices()
    {
        var works = Read("scopus/scientopy_2017.csv", "scopus-csv");

        var cited = Productivity.MostCited(works, ReferenceYear);
        var sources = ImpactIndices.Sources(works, ReferenceYear);

        Assert.Equal(works.Count, cited.Count);
        Assert.Equal(0, cited[^1].Citations);
        Assert.All(sources, s => Assert.NotNull(s.H));
    }

    [Theory]
    [InlineData("cnki/noteexpress/LotsOfEnglish.net", "cnki-noteexpress")]
    [InlineData("cnki/citespace-converted/download_1-307.txt", "cnki-citespace")]
    [InlineData("pubmed/metaknowledge_medline.txt", "pubmed-medline")]
    public void The_sources_and_authors_documents_keep_their_keys_and_say_why_the_citations_are_missing(string file, string format)
    {
        var works = Read(file, format);

        var sources = RankingAnalysis.Sources(works, new RankingRequest()).Json;
        var authors = RankingAnalysis.Authors(works, new RankingRequest()).Json;

        foreach (var json in (JsonObject[])[sources, authors])
        {
            Assert.Equal(works.Count, json["documentsWithoutCitationCounts"]!.GetValue<int>());
            var impact = Assert.IsType<JsonObject>(json["impact"]![0]);
            Assert.All(["h", "g", "m", "citations"], key => Assert.True(impact.ContainsKey(key) && impact[key] is null, key));
            Assert.True(impact["documents"]!.GetValue<int>() > 0);
        }

        Assert.True(sources.ContainsKey("mostCited"));
        Assert.Null(sources["mostCited"]);
    }

    private static IReadOnlyList<WorkRecord> Read(string file, string format) =>
        ImportKit.Read(SharedData.Path("bibliographic/" + file), format).Works();
}
