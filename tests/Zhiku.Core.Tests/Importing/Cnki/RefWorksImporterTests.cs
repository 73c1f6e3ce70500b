using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Cnki;

public sealed class RefWorksImporterTests
{
    [Theory]
    [MemberData(nameof(CnkiEncodings.Names), MemberType = typeof(CnkiEncodings))]
    public void Reads_chinese_and_english_records_in_every_encoding(string encoding)
    {
        using var file = new FixtureFile(CnkiFixtures.RefWorks, CnkiEncodings.Get(encoding));
        var items = ImportKit.Read(file.Path, "cnki-refworks");

        Assert.Empty(items.Errors().Select(e => e.Message));
        var works = items.Works();
        Assert.Equal(2, works.Count);
        var zh = works[0];
        Assert.Equal("数字乡村建设中的民族地区乡村治理", zh.MainTitle);
        Assert.Equal(["郝国强", "包蕾"], zh.Authors.Select(a => a.Name));
        Assert.Equal(["广西民族大学民族学与社会学学院"], zh.Organisations);
        Assert.Equal("广西民族研究", zh.Source);
        Assert.Equal(2026, zh.Year);
        Assert.Equal("01", zh.Issue);
        Assert.Null(zh.Volume);
        Assert.Equal("1-12", zh.Pages);
        Assert.Equal(["数字乡村", "乡村治理", "民族地区"], zh.AuthorKeywords);
        Assert.Equal("本文探讨了数字乡村建设。\n研究表明治理能力明显提升。", zh.Abstracts[0].Text);
        Assert.Equal("1004-454X", zh.Issn);
        Assert.Equal("45-1004/C", zh.Extra["CN"]);
        Assert.Equal("zh", zh.Language);
        Assert.Equal(CnkiFixtures.Link, zh.Identifiers[IdSchemes.Cnki]);
        Assert.Equal(CnkiFixtures.Link, zh.Url);
        Assert.Equal(WorkKind.JournalArticle, zh.Kind);
    }

    [Fact]
    public void Keeps_the_AD_affiliations_for_the_work_and_its_authors()
    {
        using var file = new FixtureFile(CnkiFixtures.RefWorks);
        var zh = ImportKit.Read(file.Path, "cnki-refworks").Works()[0];

        Assert.Equal(["广西民族大学民族学与社会学学院"], zh.Affiliations);
        // One institution for the whole record: every author belongs to it.
        Assert.All(zh.Authors, a => Assert.Equal(["广西民族大学民族学与社会学学院"], a.Affiliations));
    }

    [Fact]
    public void Keeps_the_CL_codes_as_clc_classifications()
    {
        using var file = new FixtureFile(CnkiFixtures.RefWorks);
        var works = ImportKit.Read(file.Path, "cnki-refworks").Works();

        Assert.Equal([new Classification("clc", "D633"), new Classification("clc", "C912.82")], works[0].Classifications);
        Assert.Empty(works[1].Classifications);
        Assert.DoesNotContain("CL", works[0].Extra.Keys);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("")]
    [InlineData("\n\n\n")]
    public void Reads_the_last_record_whatever_follows_it(string ending)
    {
        using var file = new FixtureFile(CnkiFixtures.RefWorks.TrimEnd('\n') + ending);
        var works = ImportKit.Read(file.Path, "cnki-refworks").Works();

        Assert.Equal(2, works.Count);
        Assert.Equal("10.1016/j.cie.2022.107936", works[1].Identifiers[IdSchemes.Doi]);
        Assert.Equal("CNKI", works[1].Extra["DS"]);
        Assert.Equal("1", works[1].Extra["SR"]);
    }

    [Fact]
    public void Reads_an_english_record_with_a_doi_and_a_wrapped_abstract()
    {
        using var file = new FixtureFile(CnkiFixtures.RefWorks);
        var en = ImportKit.Read(file.Path, "cnki-refworks").Works()[1];

        Assert.Equal(["Sharma Ashutosh", "Georgi Mikhail"], en.Authors.Select(a => a.Name));
        Assert.Equal("Computers & Industrial Engineering", en.Source);
        Assert.Equal("165", en.Volume);
        Assert.Equal("prepublish", en.Issue);
        Assert.Equal("107936-", en.Pages);
        Assert.Equal("10.1016/j.cie.2022.107936", en.Identifiers[IdSchemes.Doi]);
        Assert.Equal("This paper proposes a hybrid model.\nIn the experiments it beats two baselines.", en.Abstracts[0].Text);
        Assert.Equal("en", en.Language);
        Assert.Equal("en", en.Titles[0].Lang);
    }

    [Fact]
    public void Reports_a_record_without_title_and_reads_the_next()
    {
        var text = "RT Journal Article\nA1 王明\nYR 2020\n\n" + CnkiFixtures.RefWorks;
        using var file = new FixtureFile(text);
        var items = ImportKit.Read(file.Path, "cnki-refworks");

        var error = Assert.Single(items.Errors());
        Assert.Equal("record 1 (line 1): missing title (T1)", error.Message);
        Assert.Equal(2, items.Works().Count);
    }
}
