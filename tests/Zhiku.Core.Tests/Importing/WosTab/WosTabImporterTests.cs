using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.WosTab;

public sealed class WosTabImporterTests
{
    private static IReadOnlyList<Zhiku.Formats.ImportItem> Read(string file) =>
        ImportKit.Read(SharedData.Path("bibliographic/wos-tab/" + file), "wos-tab");

    [Theory]
    [InlineData("scientopy_2017.txt", 125)]
    [InlineData("scientopy_2026.txt", 71)]
    public void Reads_every_record_of_a_tab_export(string file, int count)
    {
        var items = Read(file);

        Assert.Empty(items.Errors());
        Assert.Equal(count, items.Works().Count);
    }

    [Fact]
    public void Reads_the_first_record_of_the_2017_export_despite_the_trailing_tab()
    {
        var work = Read("scientopy_2017.txt").Works()[0];

        Assert.Equal("Privacy-preserving protocols for secure and reliable data aggregation in IoT-enabled Smart Metering systems", work.MainTitle);
        Assert.Equal(["Tonyali, S", "Akkaya, K", "Saputro, N", "Uluagac, AS", "Nojoumian, M"], work.Authors.Select(a => a.Name));
        Assert.Equal("Uluagac, A. Selcuk", work.Authors[3].FullName);
        Assert.Equal(["Florida Int Univ, Dept Elect & Comp Engn, Miami, FL 33174 USA"], work.Authors[0].Affiliations);
        Assert.Equal(["USA"], work.Authors[0].Countries);
        Assert.Equal("0000-0002-0842-1155", work.Authors[2].Ids[IdSchemes.Orcid]);
        Assert.True(work.Authors[0].IsCorresponding);
        Assert.Equal("10.1016/j.future.2017.04.031", work.Identifiers[IdSchemes.Doi]);
        Assert.Equal("000413060400006", work.Identifiers[IdSchemes.WosUt]);
        Assert.Equal(2018, work.Year);
        Assert.Equal("2018-01", work.Date);
        Assert.Equal(53, work.References.Count);
        Assert.Equal("Ambrosin M., 2016, C COMM NETW SEC CNS", work.References[0]);
        Assert.Equal(1, work.CitedByCount);
        Assert.Equal(["US National Science Foundation [CNS-1550313]"], work.Funding);
        Assert.Equal("547-557", work.Pages);
    }

    [Fact]
    public void Reads_the_last_record_of_the_2017_export()
    {
        var work = Read("scientopy_2017.txt").Works()[^1];

        Assert.Equal(["De Poorter, E", "Moerman, I", "Demeester, P"], work.Authors.Select(a => a.Name));
        Assert.Equal("000301071700001", work.Identifiers[IdSchemes.WosUt]);
        Assert.Equal(45, work.References.Count);
        Assert.Equal(["Internet of things", "Network architecture", "Clean slate", "Heterogeneity"], work.AuthorKeywords);
        Assert.Equal("61", work.Pages);
        Assert.Equal("2011", work.Date);
    }

    [Fact]
    public void Maps_the_2026_columns_by_name_although_UT_moved_to_the_end()
    {
        var works = Read("scientopy_2026.txt").Works();
        var first = works[0];
        var last = works[^1];

        Assert.Equal("001242600300012", first.Identifiers[IdSchemes.WosUt]);
        Assert.Equal("Sheeja Prakash, Karthika", first.Authors[0].FullName);
        Assert.Empty(first.References); // exported without cited references: NR 47, CR empty
        Assert.Equal("47", first.Extra["NR"]);
        Assert.Contains("University of Freiburg", first.Organisations);

        Assert.Equal("Bluetooth Low Energy: A familiar technology for novel use in medication dispense tracking", last.MainTitle);
        Assert.Equal("001394833300001", last.Identifiers[IdSchemes.WosUt]);
        Assert.Equal("39792428", last.Identifiers[IdSchemes.Pmid]);
        Assert.Equal("2025-06-01", last.Date);
        Assert.Equal(WorkKind.Other, last.Kind);
        Assert.Equal("Editorial Material", last.DocumentType);
        Assert.Equal(["Essentia Hlth, Duluth, MN 55805 USA", "Mayo Clin, Rochester, MN 55905 USA"], last.Authors[0].Affiliations);
        Assert.Equal(["Mayo Clin, Rochester, MN 55905 USA"], last.Authors[1].Affiliations);
        Assert.Equal("http://dx.doi.org/10.1093/ajhp/zxae392", last.Url);
    }

    [Fact]
    public void Takes_the_book_authors_of_a_chapter_without_AU()
    {
        var work = Read("scientopy_2026.txt").Works()[36];

        Assert.Equal("Bluetooth Low Energy-Fundamentals", work.MainTitle);
        Assert.Equal("Gupta, N", Assert.Single(work.Authors).Name);
        Assert.Equal("Article; Book Chapter", work.DocumentType);
        Assert.Equal(WorkKind.Chapter, work.Kind);
    }
}
