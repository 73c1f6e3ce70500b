using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Table;

public sealed class JsonlImporterTests
{
    [Fact]
    public void Reads_the_state_council_policies_as_policy_documents()
    {
        var items = ImportKit.Read(SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl"), "jsonl");

        Assert.Empty(items.Errors());
        var works = items.Works();
        Assert.Equal(60, works.Count);
        Assert.All(works, w => Assert.Equal(WorkKind.PolicyDocument, w.Kind));
        Assert.All(works, w => Assert.Equal("zh", w.Language));

        var first = works[0];
        Assert.Equal("国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见", first.MainTitle);
        Assert.Equal("国发〔2019〕5号", first.Identifiers[IdSchemes.DocumentNumber]);
        Assert.Equal("国务院", first.IssuingBody);
        Assert.Equal("http://www.gov.cn/zhengce/content/2019-02/15/content_5365945.htm", first.Url);
        Assert.Equal("000014349/2019-00007", first.Extra["index_number"]);
        Assert.Equal(("1", "2019-02-17 15:09:45"), (first.Extra["id"], first.Extra["crawl_time"]));
        Assert.StartsWith("国务院关于在市场监管领域全面推行", first.FullText, StringComparison.Ordinal);
        Assert.Equal(4273, first.FullText!.Length);

        var last = works[^1];
        Assert.Equal(("国办函〔2018〕71号", "国务院办公厅"), (last.Identifiers[IdSchemes.DocumentNumber], last.IssuingBody));
        Assert.Contains(works, w => w.Organisations.SequenceEqual(["国务院办公厅", "中央军委办公厅"]));
    }

    [Fact]
    public void Reads_the_government_work_reports_and_the_npc_resolutions_without_year()
    {
        var items = ImportKit.Read(SharedData.Path("documents/cn-policy/government_work_reports.jsonl"), "jsonl");

        Assert.Empty(items.Errors());
        var works = items.Works();
        Assert.Equal(72, works.Count);
        Assert.Equal(52, works.Count(w => w.Year is not null));
        Assert.Equal(20, works.Count(w => w.Year is null && w.MainTitle.EndsWith("关于政府工作报告的决议", StringComparison.Ordinal)));
        Assert.All(works, w => Assert.Equal((WorkKind.PolicyDocument, "zh"), (w.Kind, w.Language)));
        Assert.Equal(("2025年中华人民共和国国务院政府工作报告", 2025, "2025"), (works[0].MainTitle, works[0].Year, works[0].Date));
        Assert.StartsWith("各位代表：", works[0].FullText, StringComparison.Ordinal);
        Assert.Equal(("1954年中华人民共和国国务院政府工作报告", 1954), (works[^1].MainTitle, works[^1].Year));
    }

    [Fact]
    public void Reports_a_broken_line_and_goes_on()
    {
        var path = Path.Combine(Path.GetTempPath(), $"docs-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(path,
        [
            """{"title":"First","authors":["A. One",{"name":"B. Two"}],"keywords":["x","y"],"year":2020}""",
            """{"title":"Broken""",
            "",
            """{"题名":"第三","作者":"王明、李华","日期":"2021/3/4","类型":"政策文件"}""",
            """{"author":"nobody"}""",
        ]);
        try
        {
            var items = ImportKit.Read(path, "jsonl");

            var works = items.Works();
            Assert.Equal(["First", "第三"], works.Select(w => w.MainTitle));
            Assert.Equal(["A. One", "B. Two"], works[0].Authors.Select(a => a.Name));
            Assert.Equal(["x", "y"], works[0].AuthorKeywords);
            Assert.Equal(["王明", "李华"], works[1].Authors.Select(a => a.Name));
            Assert.Equal(("2021-03-04", WorkKind.PolicyDocument), (works[1].Date, works[1].Kind));
            var errors = items.Errors();
            Assert.Equal(2, errors.Count);
            Assert.StartsWith("record 2 (line 2): broken JSON", errors[0].Message, StringComparison.Ordinal);
            Assert.Equal("record 4 (line 5): missing title", errors[1].Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
