using Zhiku.Formats;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Registry;

/// <summary>The cases template read back in both languages and both file types, with the rows the reader itself refuses.</summary>
public sealed class CaseTemplateReadTests : IDisposable
{
    // 国发〔2019〕4号, the national vocational education reform plan of the State Council.
    private static readonly Dictionary<string, string> Vocational = new()
    {
        ["title"] = "国家职业教育改革实施方案",
        ["titleEn"] = "National vocational education reform plan",
        ["summary"] = "把职业教育摆在教育改革创新和经济社会发展中更加突出的位置。",
        ["region"] = "全国",
        ["field"] = "职业教育",
        ["periodFrom"] = "2019年2月",
        ["periodTo"] = "2022",
        ["actors"] = "国务院；教育部",
        ["measures"] = "启动1+X证书制度试点;深化产教融合",
        ["results"] = "到2022年职业院校教学条件基本达标。",
        ["sources"] = "http://www.gov.cn/zhengce/content/2019-02/13/content_5365341.htm",
        ["tags"] = "field.talent-education;人才政策",
    };

    private readonly TemplateFiles _files = new();

    [Theory]
    [InlineData("cases-zh.csv", "zh")]
    [InlineData("cases-en.csv", "en")]
    [InlineData("cases-zh.xlsx", "zh")]
    [InlineData("cases-en.xlsx", "en")]
    public void A_filled_cases_template_is_read_as_cases_with_its_lists_split_and_its_dates_as_iso(string file, string language)
    {
        var path = _files.Write(file, "template-cases", language, [Vocational]);

        var items = ImportKit.Read(path, "registry-template");

        var read = Assert.Single(items.OfType<ImportedCase>()).Case;
        Assert.Equal("国家职业教育改革实施方案", read.Title);
        Assert.Equal("National vocational education reform plan", read.TitleEn);
        Assert.Equal("2019-02", read.PeriodFrom);
        Assert.Equal("2022", read.PeriodTo);
        Assert.Equal(["国务院", "教育部"], read.Actors);
        Assert.Equal(["启动1+X证书制度试点", "深化产教融合"], read.Measures);
        Assert.Equal(["field.talent-education", "人才政策"], read.Tags);
    }

    [Fact]
    public void Rows_without_a_title_with_a_bad_date_or_a_reversed_period_are_errors_naming_row_and_column()
    {
        var path = _files.Write("cases-bad.csv", "template-cases", "zh",
        [
            new(Vocational) { ["title"] = "" },
            new(Vocational) { ["periodFrom"] = "去年" },
            new(Vocational) { ["periodFrom"] = "2023", ["periodTo"] = "2022" },
            Vocational,
        ]);

        var items = ImportKit.Read(path, "registry-template");

        Assert.Single(items.OfType<ImportedCase>());
        var errors = items.OfType<RecordError>().Select(e => e.Message).ToList();
        Assert.Equal(3, errors.Count);
        Assert.Contains("cases-bad.csv row 2, column 标题|title", errors[0], StringComparison.Ordinal);
        Assert.Contains("row 3, column 起始|periodFrom: '去年' is not a date", errors[1], StringComparison.Ordinal);
        Assert.Contains("row 4, column 结束|periodTo: 2022 is before 2023", errors[2], StringComparison.Ordinal);
    }

    public void Dispose() => _files.Dispose();
}
