using System.Text;
using MiniExcelLibs;

namespace Zhiku.Cli.Tests.Import;

/// <summary>
/// <c>zhiku template cases</c> and the import of a filled copy: cases written from State Council measures of 2019
/// (<c>cn-policy/gov_cn_state_council_policies_2019.jsonl</c>), one of them with a period that ends before it begins.
/// </summary>
public sealed class CaseTemplateTests
{
    private static readonly string[] ZhHeaders = ["标题", "英文标题", "摘要", "地区", "领域", "起始", "结束", "主体", "措施", "成效", "来源", "关联文献", "分类"];

    private static readonly string[] EnHeaders = ["title", "titleEn", "summary", "region", "field", "periodFrom", "periodTo", "actors", "measures", "results", "sources", "works", "tags"];

    // Real measures of the State Council, 2019; the last row's period ends (2018) before it begins (2019).
    private static readonly string[][] Cases =
    [
        ["市场监管领域部门联合“双随机、一公开”监管", "Joint random inspections in market regulation", "在市场监管领域全面推行部门联合“双随机、一公开”监管，实现市场监管领域全覆盖。", "全国", "市场监管",
            "2019-02", "", "国务院;市场监管总局", "随机抽取检查对象;随机选派执法检查人员;抽查情况及查处结果及时向社会公开", "减轻企业负担，优化营商环境。",
            "http://www.gov.cn/zhengce/content/2019-02/15/content_5365945.htm", "", "instrument.regulation;国家"],
        ["政府性融资担保基金支持小微企业和“三农”", "Government financing guarantee funds for small firms and agriculture", "发挥政府性融资担保基金作用，切实支持小微企业和“三农”发展。", "全国", "普惠金融",
            "2019-02-14", "", "国务院办公厅;财政部", "降低担保费率;建立资本补充机制;银担分险", "缓解小微企业和“三农”融资难融资贵。",
            "http://www.gov.cn/zhengce/content/2019-02/14/content_5365711.htm", "", "金融支持;level.national"],
        ["国家职业教育改革实施方案", "National vocational education reform plan", "把职业教育摆在教育改革创新和经济社会发展中更加突出的位置。", "全国", "职业教育",
            "2019", "2022", "国务院;教育部", "启动1+X证书制度试点;建设高水平职业院校;深化产教融合", "到2022年职业院校教学条件基本达标。",
            "http://www.gov.cn/zhengce/content/2019-02/13/content_5365341.htm", "", "field.talent-education;Education and talent;人才政策"],
        ["国家组织药品集中采购和使用试点", "National centralised drug procurement pilot", "选择北京、天津、上海、重庆等11个城市开展国家组织药品集中采购和使用试点。", "北京;天津;上海;重庆等11个城市", "医药卫生",
            "2019-01", "2020", "国务院办公厅;国家医疗保障局", "带量采购;以量换价;保障药品质量和供应", "降低药价，减轻患者药费负担。",
            "http://www.gov.cn/zhengce/content/2019-01/17/content_5358604.htm", "", "政府采购;示范试点;北京;上海;region.CN-TJ;region.CN-CQ"],
        ["三级公立医院绩效考核", "Performance assessment of tertiary public hospitals", "建立三级公立医院绩效考核指标体系。", "全国", "卫生健康",
            "2019", "2018", "国务院办公厅;国家卫生健康委", "考核医疗质量;考核运营效率", "推动三级公立医院高质量发展。",
            "http://www.gov.cn/zhengce/content/2019-01/30/content_5362266.htm", "", "field.health"],
    ];

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void The_cases_template_has_the_case_fields_as_headers_in_the_chosen_language_in_xlsx_and_csv(string language)
    {
        using var cli = new CliRun();
        var xlsx = Path.Combine(cli.DataDirectory, $"cases-{language}.xlsx");
        var csv = Path.Combine(cli.DataDirectory, $"cases-{language}.csv");

        var (xlsxExit, _, _) = cli.Run("template", "cases", "--lang", language, "--out", xlsx);
        var (csvExit, _, _) = cli.Run("template", "cases", "--lang", language, "--out", csv);

        Assert.Equal(0, xlsxExit);
        Assert.Equal(0, csvExit);
        var expected = language == "zh" ? ZhHeaders : EnHeaders;
        var sheet = (IDictionary<string, object?>)MiniExcel.Query(xlsx).First();
        Assert.Equal(expected, sheet.Values.Select(v => v?.ToString()).ToArray());
        Assert.Equal(expected, File.ReadAllLines(csv)[0].TrimStart('\uFEFF').Split(','));
    }

    [Fact]
    public void A_filled_cases_template_imports_the_good_rows_reports_the_bad_one_by_row_and_column_and_changes_nothing_when_imported_again()
    {
        using var cli = new CliRun();
        var file = Path.Combine(cli.DataDirectory, "cases.csv");
        cli.Run("template", "cases", "--out", file);
        File.AppendAllText(file, string.Join("\n", Cases.Select(Row)) + "\n", new UTF8Encoding(false));

        var report = cli.Json("import", file);
        var again = cli.Json("import", file);

        Assert.Equal("registry-template", report.GetProperty("files")[0].GetProperty("format").GetString());
        Assert.Equal(4, report.GetProperty("entities").GetInt32());
        var error = Assert.Single(report.GetProperty("files")[0].GetProperty("errors").EnumerateArray());
        Assert.Equal(6, error.GetProperty("line").GetInt32());
        Assert.Contains("cases.csv row 6, column 结束|periodTo", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, again.GetProperty("entities").GetInt32());
        Assert.Equal(4, again.GetProperty("unchanged").GetInt32());
        var hits = cli.Json("search", "药品集中采购", "--entity", "cases").GetProperty("hits");
        var hit = Assert.Single(hits.EnumerateArray());
        Assert.StartsWith("C", hit.GetProperty("id").GetString(), StringComparison.Ordinal);
        // 北京 and 政府采购 were written as names: stored as codes, the case is found by the terms' English names.
        var byTerm = cli.Json("search", "\"Public procurement\" AND Beijing", "--entity", "cases").GetProperty("hits");
        Assert.Equal(hit.GetProperty("id").GetString(), Assert.Single(byTerm.EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public void Rows_without_a_title_with_an_unknown_classification_or_an_unreadable_date_are_named_and_the_good_row_goes_in()
    {
        using var cli = new CliRun();
        var file = Path.Combine(cli.DataDirectory, "cases-en.csv");
        cli.Run("template", "cases", "--lang", "en", "--out", file);
        string[][] rows =
        [
            [.. Cases[1][..12], "finance"],
            ["", .. Cases[0][1..]],
            [.. Cases[2][..12], "instrument.magic"],
            [.. Cases[3][..5], "2019-13", .. Cases[3][6..]],
        ];
        rows[0][12] = "Financial support";
        File.AppendAllText(file, string.Join("\n", rows.Select(Row)) + "\n", new UTF8Encoding(false));

        var report = cli.Json("import", file);

        Assert.Equal(1, report.GetProperty("entities").GetInt32());
        var messages = report.GetProperty("files")[0].GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()).ToList();
        Assert.Equal(3, messages.Count);
        Assert.Contains(messages, m => m!.Contains("row 3, column 标题|title", StringComparison.Ordinal));
        Assert.Contains(messages, m => m!.Contains("row 4, column 分类|tags: 'instrument.magic'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m!.Contains("row 5, column 起始|periodFrom: '2019-13'", StringComparison.Ordinal));
    }

    private static string Row(string[] cells) => string.Join(',', cells.Select(c => "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
}
