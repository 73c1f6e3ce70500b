using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Search;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Outputs;

[CollectionDefinition(Name)]
public sealed class LifecycleCollection : ICollectionFixture<LifecyclePlatform>
{
    public const string Name = "lifecycle";
}

/// <summary>
/// A platform of its own for projects and outputs (issue 13): the State Council's 2019 policies (the documents an output
/// is implemented by), two projects from the projects template and an outputs table whose conversion is counted by hand:
/// of 科技评估方法研究's three outputs two were submitted (内参 2024-03-01, 要报 2024-04-01), one instructed 19 days later
/// and adopted; 区域创新政策研究's one output is the one the tests record events of.
/// </summary>
public sealed class LifecyclePlatform : PlatformFactory
{
    public const string CountedProject = "科技评估方法研究";

    public const string RecordedProject = "区域创新政策研究";

    /// <summary>The output the page tests record events of, by its work id.</summary>
    public string RecordedOutput { get; private set; } = "";

    /// <summary>The work ids of the 2019 policy documents by title.</summary>
    public Dictionary<string, string> Policies { get; } = new(StringComparer.Ordinal);

    protected override void SeedMore(KnowledgeBase kb)
    {
        var folder = Path.Combine(FilesRoot, "lifecycle");
        Directory.CreateDirectory(folder);
        var projects = Path.Combine(folder, "projects.csv");
        File.WriteAllText(projects, $"项目名称,项目编号,委托单位,负责人\n{CountedProject},ZK-2024-001,科学技术部,王明\n{RecordedProject},ZK-2024-002,江苏省科学技术厅,李华\n");
        var outputs = Path.Combine(folder, "outputs.csv");
        File.WriteAllText(outputs,
            "标题,类型,机构,作者,项目,日期,报送日期,报送对象,报送渠道,批示日期,批示级别,采纳日期,采纳单位\n"
            + $"科技评估制度改革建议,政策建议,示范科技智库,王明,{CountedProject},2024-02-20,2024-03-01,国务院办公厅,内参,2024-03-20,国家级,2024-05-10,科学技术部\n"
            + $"科研评价指标体系研究报告,研究报告,示范科技智库,王明,{CountedProject},2024-03-15,2024-04-01,科学技术部,要报,,,,\n"
            + $"评估方法综述,研究报告,示范科技智库,李华,{CountedProject},2024-06-30,,,,,,,\n"
            + $"区域创新券政策建议,政策建议,示范科技智库,李华,{RecordedProject},2024-09-01,,,,,,,\n");
        kb.Import([SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl")], new ImportOptions { Owner = Demo, Access = AccessLevel.Public });
        kb.Import([projects], new ImportOptions { Owner = Demo, Access = AccessLevel.Internal });
        var report = kb.Import([outputs], new ImportOptions { Owner = Demo, Access = AccessLevel.Internal });
        Assert.All(report.Files, f => Assert.True(f.Errors.Count == 0, string.Join("; ", f.Errors)));
        var read = kb.Read(Caller.Owner);
        RecordedOutput = read.Search(new SearchRequest { Query = "\"区域创新券政策建议\"" }).Hits.First(h => h.Title == "区域创新券政策建议").Id;
        foreach (var hit in read.Search(new SearchRequest { Query = "*", Limit = 200, Filters = new Dictionary<string, string>(StringComparer.Ordinal) { ["kind"] = "policy-document" } }).Hits)
        {
            Policies[hit.Title] = hit.Id;
        }
    }
}
