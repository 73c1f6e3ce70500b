using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.OpenAlex;

public sealed class OpenAlexJsonImporterTests
{
    private static string Page(string name) => SharedData.Path($"bibliographic/openalex/works-api/{name}");

    [Theory]
    [InlineData("works_chunk_1.json", 50)]
    [InlineData("works_chunk_2.json", 50)]
    [InlineData("works_chunk_3.json", 50)]
    [InlineData("works_chunk_4.json", 25)]
    [InlineData("keypapers_page_1.json", 2)]
    public void Reads_every_work_of_an_api_page(string file, int count)
    {
        var items = ImportKit.Read(Page(file), "openalex-json");

        Assert.Empty(items.Errors());
        Assert.Equal(count, items.Works().Count);
    }

    [Fact]
    public void Maps_the_first_work_of_the_first_page()
    {
        var work = ImportKit.Read(Page("works_chunk_1.json"), "openalex-json").Works()[0];

        Assert.Equal("Governance Matters IV : Governance Indicators For 1996-2004", work.MainTitle);
        Assert.Equal(WorkKind.Book, work.Kind);
        Assert.Equal("book", work.DocumentType);
        Assert.Equal("W1934649023", work.Identifiers[IdSchemes.OpenAlex]);
        Assert.Equal("10.1596/1813-9450-3630", work.Identifiers[IdSchemes.Doi]);
        Assert.Equal(2005, work.Year);
        Assert.Equal("2005-06-15", work.Date);
        Assert.Equal("en", work.Language);
        Assert.Equal("World Bank policy research working paper", work.Source);
        Assert.Equal("1813-9450", work.Issn);
        Assert.Equal(1589, work.CitedByCount);
        Assert.Equal(["Daniel Kaufmann", "Aart Kraay", "Massimo Mastruzzi"], work.Authors.Select(a => a.Name));
        var first = work.Authors[0];
        Assert.Equal("0000-0003-3260-0660", first.Ids[IdSchemes.Orcid]);
        Assert.Equal("A5084264679", first.Ids[IdSchemes.OpenAlex]);
        Assert.Equal(["Brookings Institution"], first.Affiliations);
        Assert.Equal(["US"], first.Countries);
        Assert.False(first.IsCorresponding);
        // No institution was matched for the third author: the raw affiliation string stands in.
        Assert.Equal(["World Bank Institute"], work.Authors[2].Affiliations);
        Assert.Equal(["Brookings Institution", "World Bank Group"], work.Organisations);
        Assert.Equal(22, work.References.Count);
        Assert.Equal("W1507859528", work.References[0]);
        Assert.Equal(["Corruption and Economic Development", "Economic Growth and Development", "Natural Resources and Economic Development"], work.Subjects.Take(3));
        Assert.Contains("Corporate governance", work.Subjects);
        Assert.StartsWith("No AccessPolicy Research Working Papers21 Jun 2013", work.Abstracts[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Maps_pubmed_ids_pages_machine_keywords_and_mesh()
    {
        var work = Works().Single(w => w.Identifiers[IdSchemes.OpenAlex] == "W2011193578");

        Assert.Equal("18591667", work.Identifiers[IdSchemes.Pmid]);
        Assert.Equal("PMC2453743", work.Identifiers[IdSchemes.Pmcid]);
        Assert.Equal(("105", "27", "9445-9448"), (work.Volume, work.Issue, work.Pages));
        Assert.Equal("Proceedings of the National Academy of Sciences", work.Source);
        Assert.Equal("National Academy of Sciences", work.Publisher);
        Assert.Equal("0027-8424", work.Issn);
        Assert.Equal(WorkKind.JournalArticle, work.Kind);
        // Machine-assigned keywords first, then MeSH headings.
        Assert.Equal(["Set-aside", "Biodiversity", "Ecosystem", "Conservation of Natural Resources", "Humans"], work.IndexKeywords);
        Assert.Empty(work.AuthorKeywords);
    }

    [Fact]
    public void Maps_kinds_and_keeps_the_last_work_of_the_last_page()
    {
        var works = Works();

        Assert.Equal(175, works.Select(w => w.Identifiers[IdSchemes.OpenAlex]).Distinct().Count());
        Assert.Equal(4, works.Count(w => w.Kind == WorkKind.ThinkTankReport));
        Assert.Equal(16, works.Count(w => w.Kind == WorkKind.Chapter));
        Assert.Equal(3, works.Count(w => w.Kind == WorkKind.Thesis));
        Assert.Equal(5, works.Count(w => w.Kind == WorkKind.Preprint));
        Assert.Equal(5, works.Count(w => w.Kind == WorkKind.Review));
        Assert.Equal(174, works.Count(w => w.Abstracts.Count == 1));
        Assert.Empty(works.Single(w => w.Identifiers[IdSchemes.OpenAlex] == "W2041234663").Abstracts);

        var last = works[^1];
        Assert.Equal("W4298043876", last.Identifiers[IdSchemes.OpenAlex]);
        Assert.Equal("Reviews – Besprechungen – Comptes rendus", last.MainTitle);
        Assert.Equal(("Kyklos", "Wiley", "48", "4", "599-631"), (last.Source, last.Publisher, last.Volume, last.Issue, last.Pages));
        Assert.Empty(last.Authors);
        Assert.StartsWith("Blanchard, Olivier et al. (1993).", last.Abstracts[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_the_byline_name_when_it_differs_from_the_display_name()
    {
        var work = Works().Single(w => w.Identifiers[IdSchemes.OpenAlex] == "W2125576237");

        var harvey = work.Authors.Single(a => a.Name == "Célia A. Harvey");
        Assert.Equal("CELIA A. HARVEY", harvey.FullName);
    }

    [Fact]
    public void Reads_a_key_paper_without_any_abstract()
    {
        var works = ImportKit.Read(Page("keypapers_page_1.json"), "openalex-json").Works();

        Assert.Equal("bibliometrix : An R-tool for comprehensive science mapping analysis", works[0].MainTitle);
        Assert.Empty(works[0].Abstracts);
        Assert.StartsWith("Despite growing interest in Open Access (OA) to scholarly literature", works[1].Abstracts[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rebuilds_an_abstract_from_the_v3_index_when_it_is_the_only_one()
    {
        var path = Path.Combine(Path.GetTempPath(), $"oa-v3-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            {"meta":{"count":1},"results":[{"id":"https://openalex.org/W1","title":"T","abstract_inverted_index":null,
            "abstract_inverted_index_v3":{"world":[1],"Hello":[0],"again":[3],"hello":[2]}}]}
            """);
        try
        {
            var work = Assert.Single(ImportKit.Read(path, "openalex-json").Works());
            Assert.Equal("Hello world hello again", work.Abstracts[0].Text);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Reads_grants_and_funders_as_funding()
    {
        var path = Path.Combine(Path.GetTempPath(), $"oa-grants-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            {"meta":{"count":1},"results":[{"id":"https://openalex.org/W1","title":"T",
            "grants":[{"funder":"https://openalex.org/F1","funder_display_name":"National Science Foundation","award_id":"SES-123"}],
            "funders":[{"id":"https://openalex.org/F1","display_name":"National Science Foundation"},{"id":"https://openalex.org/F2","display_name":"NIH"}]}]}
            """);
        try
        {
            var work = Assert.Single(ImportKit.Read(path, "openalex-json").Works());
            Assert.Equal(["National Science Foundation, SES-123", "NIH"], work.Funding);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Streams_a_page_larger_than_its_read_buffer()
    {
        var path = Path.Combine(Path.GetTempPath(), $"oa-big-{Guid.NewGuid():N}.json");
        var filler = new string('x', 100_000);
        var results = Enumerable.Range(1, 5).Select(i => $$"""{"id":"https://openalex.org/W{{i}}","title":"Work {{i}}","note":"{{filler}}"}""");
        var meta = """{"meta":{"count":5,"skipped":{"a":[1,2,{"b":"results"}]}},"results":[""";
        File.WriteAllText(path, meta + string.Join(",\n", results) + """],"group_by":[]}""");
        try
        {
            var items = ImportKit.Read(path, "openalex-json");
            Assert.Equal(["Work 1", "Work 2", "Work 3", "Work 4", "Work 5"], items.Works().Select(w => w.MainTitle));
            Assert.Equal(5, items[4].Position.Line);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Reports_a_broken_page_after_the_records_it_could_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"oa-broken-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\"meta\":{},\"results\":[{\"id\":\"https://openalex.org/W1\",\"title\":\"One\"},{\"id\":\"https://openalex.org/W2\",\"title\":\"");
        try
        {
            var items = ImportKit.Read(path, "openalex-json");
            Assert.Equal("One", Assert.Single(items.Works()).MainTitle);
            Assert.Contains("broken JSON after record 1", Assert.Single(items.Errors()).Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    internal static List<WorkRecord> Works() =>
        [.. Enumerable.Range(1, 4).SelectMany(i => ImportKit.Read(Page($"works_chunk_{i}.json"), "openalex-json").Works())];
}
