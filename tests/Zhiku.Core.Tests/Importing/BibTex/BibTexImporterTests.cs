using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.BibTex;

public sealed class BibTexImporterTests
{
    internal static IReadOnlyList<WorkRecord> Works(string file)
    {
        var items = ImportKit.Read(SharedData.Path($"bibliographic/bibtex/{file}"), "bibtex");
        Assert.Empty(items.Errors().Select(e => e.Message));
        return items.Works();
    }

    [Theory]
    [InlineData("bibliometrixdata_wos.bib", 99)]
    [InlineData("pybibx_scopus.bib", 24)]
    [InlineData("pybibx_wos.bib", 29)]
    public void Reads_every_entry(string file, int count) => Assert.Equal(count, Works(file).Count);

    [Fact]
    public void Reads_a_wos_entry_with_double_braces_and_escaped_ampersands()
    {
        var work = Works("bibliometrixdata_wos.bib")[0];

        Assert.Equal("Assessing China's salt lake resources R&D based on bibliometrics analysis", work.MainTitle);
        Assert.Equal(["Yan, Su-mei", "Sun, Ji-qing"], work.Authors.Select(a => a.Name));
        Assert.Equal("SCIENTOMETRICS", work.Source);
        Assert.Equal(2015, work.Year);
        Assert.Equal("2015-11", work.Date);
        Assert.Equal(("105", "2", "1141-1155"), (work.Volume, work.Issue, work.Pages));
        Assert.Equal("000363261600027", work.Identifiers[IdSchemes.WosUt]);
        Assert.Equal("10.1007/s11192-015-1721-4", work.Identifiers[IdSchemes.Doi]);
        Assert.Equal(["Salt lake resource R&D", "Bibliometrics", "Co-authorship", "Social network analysis", "Cohesion", "Centrality"], work.AuthorKeywords);
        Assert.Equal(["BRINE"], work.IndexKeywords);
        Assert.Equal(["Computer Science, Interdisciplinary Applications", "Information Science & Library Science"], work.Subjects);
        Assert.Equal(10, work.References.Count);
        Assert.Equal("Kilic O, 2005, DESALINATION, V186, P11, DOI 10.1016/j.desal.2005.05.014.", work.References[0]);
        Assert.Equal(0, work.CitedByCount);
        Assert.Equal(("en", "Article", WorkKind.JournalArticle), (work.Language, work.DocumentType, work.Kind));
        Assert.StartsWith("The aim of this article is to assess China's R&D position and status on salt lake resources with", work.Abstracts[0].Text, StringComparison.Ordinal);
        Assert.Equal("ISI:000363261600027", work.Extra["citekey"]);
        Assert.Equal("047OL", Works("bibliometrixdata_wos.bib")[^1].Extra["doc-delivery-number"]);
    }

    [Fact]
    public void Reads_a_scopus_entry_with_its_eid_from_the_link_and_cited_by_note()
    {
        var work = Works("pybibx_scopus.bib")[0];

        Assert.Equal("Base-criterion on multi-criteria decision-making method and its applications", work.MainTitle);
        Assert.Equal(["Haseli, Gholamreza", "Sheikh, Reza", "Sana, Shib Sankar"], work.Authors.Select(a => a.Name));
        Assert.Equal("2-s2.0-85083087417", work.Identifiers[IdSchemes.ScopusEid]);
        Assert.Equal("79-88", work.Pages);
        Assert.Equal(52, work.CitedByCount);
        Assert.Equal(["consistency ratio", "incomplete data", "multi-attribute decision making", "Multi-criteria decision making", "pairwise comparison"], work.AuthorKeywords);
        Assert.Equal(2, work.Organisations.Count);
        Assert.Equal("Int. J. Manage. Sci. Eng. Manage.", work.SourceAbbreviation);
        Assert.Equal("Taylor and Francis Ltd.", work.Publisher);
        Assert.Equal("Scopus", work.Extra["source"]);
        Assert.False(work.Extra.ContainsKey("note"));
    }

    [Fact]
    public void Keeps_the_byline_names_and_gives_beside_them_the_short_form_bibliometrix_keys()
    {
        var works = Works("bibliometrixdata_wos.bib");
        var linmans = works.SelectMany(w => w.Authors).First(a => a.Name.StartsWith("Linmans", StringComparison.Ordinal));

        Assert.Equal([("Yan, Su-mei", "Yan, S"), ("Sun, Ji-qing", "Sun, J")], works[0].Authors.Select(a => (a.Name, a.ShortName)));
        Assert.Equal(("Linmans, A. J. M.", "Linmans, AJM"), (linmans.Name, linmans.ShortName));
        Assert.Contains(works.SelectMany(w => w.Authors), a => a.Name == "Nicholson, S" && a.ShortName is null);
    }

    [Fact]
    public void Derives_countries_from_the_wos_affiliation_lines_and_marks_the_reprint_author()
    {
        var work = Works("pybibx_wos.bib")[0];

        Assert.Equal(["Spain", "Argentina"], work.Countries);
        Assert.StartsWith("Gomez-Ruiz, JA (Corresponding Author), Univ Malaga", work.Extra["affiliation"], StringComparison.Ordinal);
        Assert.Equal(["Universidad de Malaga"], work.Organisations);
        Assert.Equal(
            [("Antonio Gomez-Ruiz, Jose", "Spain", true), ("Karanik, Marcelo", "Argentina", false), ("Ignacio Pelaez, Jose", "Spain", false)],
            work.Authors.Select(a => (a.Name, string.Join("|", a.Countries), a.IsCorresponding == true)));
        Assert.Equal("E China Univ Sci & Technol", Works("bibliometrixdata_wos.bib")[0].Organisations.Single());
    }

    [Fact]
    public void Reads_scopus_affiliations_as_the_records_addresses_with_their_countries()
    {
        var work = Works("pybibx_scopus.bib")[0];

        Assert.Equal(["Iran", "India"], work.Countries);
        Assert.Equal(2, work.Organisations.Count);
        Assert.All(work.Authors, a => Assert.Empty(a.Countries));
    }

    [Fact]
    public void Maps_scopus_and_wos_types_to_kinds()
    {
        var scopus = Works("pybibx_scopus.bib");
        var wos = Works("pybibx_wos.bib");

        Assert.Equal(WorkKind.Review, scopus.Single(w => w.Extra["citekey"] == "Kou2016738").Kind);
        Assert.Equal(2, scopus.Count(w => w.Kind == WorkKind.ConferencePaper));
        Assert.Equal("19299883", Assert.Single(scopus, w => w.Identifiers.ContainsKey(IdSchemes.Pmid)).Identifiers[IdSchemes.Pmid]);
        Assert.Equal(6, wos.Count(w => w.Kind == WorkKind.ConferencePaper));
        Assert.Single(wos, w => w.Kind == WorkKind.Review);
    }

    [Fact]
    public void Reads_month_and_day_and_cleans_latex_in_references()
    {
        var work = Works("pybibx_wos.bib")[0];

        Assert.Equal("2010-07-15", work.Date);
        Assert.Equal("000278542800018", work.Identifiers[IdSchemes.WosUt]);
        Assert.Equal(29, work.CitedByCount);
        Assert.Equal(["Universidad de Malaga"], work.Organisations);
        Assert.Contains("Saaty TL., 1991, BEHAVIORMETRIKA, V18, P1, DOI [10.2333/bhmk.18.29_1, DOI 10.2333/BHMK.18.29_1].", work.References);
    }
}
