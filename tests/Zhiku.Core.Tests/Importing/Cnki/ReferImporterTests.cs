using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Cnki;

public sealed class ReferImporterTests
{
    [Theory]
    [MemberData(nameof(CnkiEncodings.Names), MemberType = typeof(CnkiEncodings))]
    public void Reads_cnki_endnote_records_in_every_encoding(string encoding)
    {
        using var file = new FixtureFile(CnkiFixtures.Refer, CnkiEncodings.Get(encoding));
        var items = ImportKit.Read(file.Path, "endnote-refer");

        Assert.Empty(items.Errors().Select(e => e.Message));
        var works = items.Works();
        Assert.Equal(2, works.Count);
        var article = works[0];
        Assert.Equal("数字乡村建设中的民族地区乡村治理", article.MainTitle);
        Assert.Equal(["郝国强", "包蕾"], article.Authors.Select(a => a.Name));
        Assert.Equal(["广西民族大学民族学与社会学学院", "广西民族大学研究生院"], article.Organisations);
        Assert.Equal("广西民族研究", article.Source);
        Assert.Equal(2026, article.Year);
        Assert.Equal("118-120+123", article.Pages);
        Assert.Equal(["数字乡村", "乡村治理", "民族地区"], article.AuthorKeywords);
        Assert.Equal("本文探讨了数字乡村建设。\n研究表明治理能力明显提升。", article.Abstracts[0].Text);
        Assert.Equal("1004-454X", article.Issn);
        Assert.Equal("45-1004/C", article.Extra["%L"]);
        Assert.Equal("CNKI", article.Extra["%W"]);
        Assert.Equal(CnkiFixtures.Link, article.Identifiers[IdSchemes.Cnki]);
    }

    [Fact]
    public void Keeps_the_percent_plus_affiliations_split_on_semicolons()
    {
        using var file = new FixtureFile(CnkiFixtures.Refer);
        var article = ImportKit.Read(file.Path, "endnote-refer").Works()[0];

        Assert.Equal(["广西民族大学民族学与社会学学院", "广西民族大学研究生院"], article.Affiliations);
        // Two institutions and two authors without footnote marks: who belongs where is unknown.
        Assert.All(article.Authors, a => Assert.Empty(a.Affiliations));
    }

    [Fact]
    public void Reads_percent_L_as_clc_codes_and_keeps_a_cn_number_there_verbatim()
    {
        using var file = new FixtureFile(CnkiFixtures.Refer);
        var works = ImportKit.Read(file.Path, "endnote-refer").Works();

        Assert.Empty(works[0].Classifications);
        Assert.Equal("45-1004/C", works[0].Extra["%L"]);
        Assert.Equal([new Classification("clc", "F532.6")], works[1].Classifications);
    }

    [Fact]
    public void Reads_a_thesis_with_supervisor_university_and_degree()
    {
        using var file = new FixtureFile(CnkiFixtures.Refer);
        var thesis = ImportKit.Read(file.Path, "endnote-refer").Works()[1];

        Assert.Equal(WorkKind.Thesis, thesis.Kind);
        Assert.Equal("殷玮川", Assert.Single(thesis.Authors).Name);
        Assert.Equal("北京交通大学", thesis.Publisher);
        Assert.Equal("何世伟", thesis.Extra["%Y"]);
        Assert.Equal("博士", thesis.Extra["%9"]);
        Assert.Equal(["铁路运输", "产品设计"], thesis.AuthorKeywords);
        Assert.Equal(2018, thesis.Year);
    }
}
