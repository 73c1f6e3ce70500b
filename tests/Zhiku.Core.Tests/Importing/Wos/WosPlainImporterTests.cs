using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Wos;

public sealed class WosPlainImporterTests
{
    private static IReadOnlyList<Zhiku.Formats.ImportItem> Read(string file) =>
        ImportKit.Read(SharedData.Path("bibliographic/wos/" + file), "wos-plain");

    [Theory]
    [InlineData("bibliometrix_wos_sample.txt", 8)]
    [InlineData("bibliometrixdata_scientometrics.txt", 147)]
    [InlineData("metaknowledge_savedrecs.txt", 32)]
    [InlineData("metaknowledge_OnePaper.isi", 1)]
    [InlineData("metaknowledge_OnePaper2.isi", 1)]
    [InlineData("metaknowledge_OnePaperNoCites.isi", 1)]
    [InlineData("metaknowledge_SimplePaper.isi", 1)]
    [InlineData("metaknowledge_TwoPaper.isi", 2)]
    public void Reads_every_record_of_a_clean_file(string file, int count)
    {
        var items = Read(file);

        Assert.Empty(items.Errors());
        Assert.Equal(count, items.Works().Count);
    }

    [Fact]
    public void Reads_the_first_record_of_the_2026_sample_field_by_field()
    {
        var work = Read("bibliometrix_wos_sample.txt").Works()[0];

        Assert.Equal("Mapping the application of Geographic Information System (GIS) in real estate: a bibliometric analysis using bibliometrix and QGIS", work.MainTitle);
        Assert.Equal("en", work.Titles[0].Lang);
        var author = Assert.Single(work.Authors);
        Assert.Equal("Toh, ML", author.Name);
        Assert.Equal("Toh, Ming Liang", author.FullName);
        Assert.Equal(["Univ Technol Sarawak, Sch Built Environm, Jalan Univ, Sibu 96000, Sarawak, Malaysia."], author.Affiliations);
        Assert.Equal(["Malaysia"], author.Countries);
        Assert.True(author.IsCorresponding);
        Assert.Equal("10.1080/00396265.2026.2635057", work.Identifiers[IdSchemes.Doi]);
        Assert.Equal("001702577900001", work.Identifiers[IdSchemes.WosUt]);
        Assert.Equal(2026, work.Year);
        Assert.Equal("2026-02-25", work.Date);
        Assert.Equal("Article; Early Access", work.DocumentType);
        Assert.Equal(WorkKind.JournalArticle, work.Kind);
        Assert.Equal("en", work.Language);
        Assert.Equal(["Word", "GIS", "Real Estate", "bibliometric analysis", "bibliometrix", "QGIS"], work.AuthorKeywords);
        Assert.Equal(["TEMPORALLY WEIGHTED REGRESSION", "URBAN EXPANSION", "HOUSING-MARKET", "MODELS"], work.IndexKeywords);
        Assert.Equal(["Engineering, Civil", "Geosciences, Multidisciplinary", "Remote Sensing", "Engineering", "Geology"], work.Subjects);
        Assert.Equal(53, work.References.Count);
        Assert.Equal("Amponsah M., 2024, INT J MULTIDISCIPLIN, V6", work.References[0]);
        Assert.Equal(0, work.CitedByCount);
        Assert.Equal("SURVEY REVIEW", work.Source);
        Assert.Equal("SURV REV", work.SourceAbbreviation);
        Assert.Equal("TAYLOR & FRANCIS LTD", work.Publisher);
        Assert.Equal("0039-6265", work.Issn);
        Assert.Equal("FEB 2026", work.Extra["EA"]);
        Assert.Equal("Surv. Rev.", work.Extra["JI"]);
    }

    [Fact]
    public void Links_bracketed_addresses_and_orcids_to_authors_in_the_last_sample_record()
    {
        var work = Read("bibliometrix_wos_sample.txt").Works()[^1];

        Assert.Equal("PubMedMetaTool: Automated metadata extraction from PubMed using Python for bibliometric analysis", work.MainTitle);
        Assert.Equal(8, work.Authors.Count);
        Assert.Equal("Pereira, AA", work.Authors[^1].Name);
        Assert.Contains("Inst Fed Goiano Campus Cristalina, Cristalina, Brazil.", work.Authors[1].Affiliations);
        Assert.DoesNotContain("Inst Fed Goiano Campus Cristalina, Cristalina, Brazil.", work.Authors[0].Affiliations);
        Assert.Equal("0000-0001-9414-9049", work.Authors[4].Ids[IdSchemes.Orcid]);
        Assert.True(work.Authors[0].IsCorresponding);
        Assert.False(work.Authors[1].IsCorresponding);
        Assert.Equal("2025-06", work.Date);
        Assert.Equal("100766", work.Pages);
        Assert.Equal(15, work.References.Count);
        Assert.Contains("University of Reading", work.Organisations);
        Assert.Equal(4, work.Funding.Count);
    }

    [Fact]
    public void Reads_the_first_and_last_record_of_the_scientometrics_file_without_trailing_EF()
    {
        var works = Read("bibliometrixdata_scientometrics.txt").Works();
        var first = works[0];
        var last = works[^1];

        Assert.Equal("Using the comprehensive patent citation network (CPC) to evaluate patent value", first.MainTitle);
        Assert.Equal("Yang, GC", first.Authors[0].Name);
        Assert.Equal("Yang, Guan-Can", first.Authors[0].FullName);
        Assert.Equal(["Inst Sci & Tech Informat China, Beijing 100038, Peoples R China."], first.Authors[0].Affiliations);
        Assert.True(first.Authors[6].IsCorresponding);
        Assert.Equal("Patent value evaluation", first.AuthorKeywords[2]);
        Assert.Equal("Information Science & Library Science", first.Subjects[1]);
        Assert.Equal("1319-1346", first.Pages);
        Assert.Equal("2015-12", first.Date);

        Assert.Equal("CLUSTERING THE SCIENCE CITATION INDEX USING CO-CITATIONS .1. A COMPARISON OF METHODS", last.MainTitle);
        Assert.Equal(["SMALL, H", "SWEENEY, E"], last.Authors.Select(a => a.Name));
        Assert.Null(last.Authors[0].FullName);
        Assert.Equal("A1985AHA3800018", last.Identifiers[IdSchemes.WosUt]);
        Assert.Equal("10.1007/bf02017157", last.Identifiers[IdSchemes.Doi]);
        Assert.Equal(1985, last.Year);
        Assert.Equal("1985", last.Date);
        Assert.Equal(148, last.CitedByCount);
        Assert.Equal(13, last.References.Count);
        Assert.Equal("151", last.Extra["Z9"]);
    }

    [Fact]
    public void Reads_the_minimal_record_without_header_or_EF()
    {
        var work = Assert.Single(Read("metaknowledge_SimplePaper.isi").Works());

        Assert.Equal("Example Paper", work.MainTitle);
        Assert.Equal("John, D", work.Authors[0].Name);
        Assert.Equal("John, Doe", work.Authors[0].FullName);
        Assert.Equal(["UW, Ontario, Canada."], work.Authors[0].Affiliations);
        Assert.Equal(["Example", "testing"], work.AuthorKeywords);
        Assert.Equal("2015-04", work.Date);
        Assert.Equal("123317623000007", work.Identifiers[IdSchemes.WosUt]);
        Assert.Equal(["John D., 1999, TOPICS IN COGNITIVE SCIENCE"], work.References);
    }

    [Fact]
    public void Gives_an_old_US_address_ending_in_state_and_zip_the_country_USA()
    {
        var work = Read("metaknowledge_savedrecs.txt").Works()[19];

        Assert.Equal("SPIN ANGULAR-MOMENTUM OF A FIELD INTERACTING WITH A PLANE INTERFACE", work.MainTitle);
        var author = Assert.Single(work.Authors);
        Assert.Equal(["UNIV ROCHESTER,DEPT PHYS & ASTRON,ROCHESTER,NY 14627."], author.Affiliations);
        Assert.Equal(["USA"], author.Countries);
        Assert.Equal("A1979HF52100003", work.Identifiers[IdSchemes.WosUt]);
    }

    [Fact]
    public void Accepts_a_record_exported_without_its_cited_references()
    {
        var work = Assert.Single(Read("metaknowledge_OnePaperNoCites.isi").Works());

        Assert.Empty(work.References);
        Assert.Equal("45", work.Extra["NR"]);
    }
}
