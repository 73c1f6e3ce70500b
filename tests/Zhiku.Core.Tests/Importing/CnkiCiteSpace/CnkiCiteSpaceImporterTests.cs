using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.CnkiCiteSpace;

public sealed class CnkiCiteSpaceImporterTests
{
    private static IReadOnlyList<WorkRecord> Works()
    {
        var items = ImportKit.Read(SharedData.Path("bibliographic/cnki/citespace-converted/download_1-307.txt"), "cnki-citespace");
        Assert.Empty(items.Errors());
        return items.Works();
    }

    [Fact]
    public void Reads_all_307_converted_records()
    {
        Assert.Equal(307, Works().Count);
    }

    [Fact]
    public void Ignores_the_placeholder_UT_PD_TC_and_NR_on_every_record()
    {
        var works = Works();

        Assert.All(works, w => Assert.False(w.Identifiers.ContainsKey(IdSchemes.WosUt)));
        Assert.All(works, w => Assert.Null(w.CitedByCount));
        Assert.All(works, w => Assert.Empty(w.References));
        Assert.All(works, w => Assert.Equal(w.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), w.Date));
        Assert.All(works, w => Assert.Equal("zh", w.Language));
        Assert.All(works, w => Assert.False(w.Extra.ContainsKey("NR")));
    }

    [Fact]
    public void Reads_the_first_record()
    {
        var work = Works()[0];

        Assert.Equal("艺术学理论的专业性研究规格及其方法论", work.MainTitle);
        Assert.Equal("zh", work.Titles[0].Lang);
        var author = Assert.Single(work.Authors);
        Assert.Equal("梁玖", author.Name);
        Assert.Null(author.FullName);
        Assert.Equal(["北京师范大学艺术与传媒学院"], author.Affiliations);
        Assert.Equal("民族艺术研究", work.Source);
        Assert.Equal(["艺术学理论", "专业性研究规格", "新增学科知识", "意识理论观", "重两端-揭示学理"], work.AuthorKeywords);
        Assert.Equal(2021, work.Year);
        Assert.Equal("05", work.Issue);
        Assert.Equal("67-75", work.Pages);
        Assert.Equal(WorkKind.JournalArticle, work.Kind);
        Assert.Empty(work.Identifiers);
    }

    [Fact]
    public void Reads_two_authors_and_the_six_space_affiliation_lines_of_the_last_record()
    {
        var work = Works()[^1];

        Assert.Equal("电视学理论体系建构路径、方法与模式", work.MainTitle);
        Assert.Equal(["石长顺", "刘枫"], work.Authors.Select(a => a.Name));
        Assert.Equal(["华中科技大学新闻与信息传播学院", "黄淮学院中国语言文学系"], work.Organisations);
        Assert.Empty(work.Authors[0].Affiliations); // CiteSpace does not say which author is where
        Assert.Equal("现代传播(中国传媒大学学报)", work.Source);
        Assert.Equal(2011, work.Year);
        Assert.Equal("46-49", work.Pages);
    }
}
