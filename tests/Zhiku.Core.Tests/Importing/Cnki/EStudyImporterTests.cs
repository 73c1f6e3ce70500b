using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Cnki;

public sealed class EStudyImporterTests
{
    [Theory]
    [MemberData(nameof(CnkiEncodings.Names), MemberType = typeof(CnkiEncodings))]
    public void Reads_e_study_records_in_every_encoding(string encoding)
    {
        using var file = new FixtureFile(CnkiFixtures.EStudy, CnkiEncodings.Get(encoding));
        var items = ImportKit.Read(file.Path, "cnki-estudy");

        Assert.Empty(items.Errors().Select(e => e.Message));
        var works = items.Works();
        Assert.Equal(2, works.Count);
        var article = works[0];
        Assert.Equal(WorkKind.JournalArticle, article.Kind);
        Assert.Equal("数字乡村建设中的民族地区乡村治理", article.MainTitle);
        Assert.Equal(["郝国强", "包蕾"], article.Authors.Select(a => a.Name));
        Assert.Equal(["广西民族大学民族学与社会学学院"], article.Organisations);
        Assert.Equal("广西民族研究", article.Source);
        Assert.Equal("2026-01-15", article.Date);
        Assert.Equal(2026, article.Year);
        Assert.Equal("01", article.Issue);
        Assert.Equal("1-12", article.Pages);
        Assert.Equal(["数字乡村", "乡村治理", "民族地区"], article.AuthorKeywords);
        Assert.Equal("本文探讨了数字乡村建设。\nResults: 治理能力明显提升。", article.Abstracts[0].Text);
        Assert.Equal(CnkiFixtures.Link, article.Identifiers[IdSchemes.Cnki]);
        Assert.Equal("12", article.Extra["PageCount"]);
        Assert.Equal(WorkKind.Thesis, works[1].Kind);
    }
}
