using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Browser;

/// <summary>
/// Issue 13's done line in a real browser: an analyst creates a commissioned project, takes it 立项 → 开题 → 中期检查 →
/// 结题 with a milestone whose deliverable is an output, records the output's 报送 → 批示 → 采纳 → 落实 on its page (the
/// 落实 picked from the seeded State Council policies), and the conversion dashboard and the dashboard count it.
/// </summary>
public sealed class LifecycleBrowserTests(BrowserPlatform platform) : IClassFixture<BrowserPlatform>
{
    private const string OutputTitle = "关于深化市场监管领域联合抽查的政策建议";

    private readonly List<string> _dialogs = [];

    // The 2019 State Council policies and one output of the outputs template, not yet submitted.
    private string Seed()
    {
        platform.Seeded();
        var kb = platform.Services.GetRequiredService<KnowledgeBase>();
        var folder = Path.Combine(platform.FilesRoot, "lifecycle-browser");
        Directory.CreateDirectory(folder);
        var outputs = Path.Combine(folder, "outputs.csv");
        File.WriteAllText(outputs, $"标题,类型,机构,作者,日期\n{OutputTitle},政策建议,示范科技智库,王明,2025-01-10\n");
        kb.Import([SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl"), outputs], new ImportOptions { Owner = PlatformFactory.Demo, Access = AccessLevel.Internal });
        return kb.Read(Zhiku.Access.Caller.Owner).Search(new Zhiku.Search.SearchRequest { Query = $"\"{OutputTitle}\"" }).Hits.First(h => h.Title == OutputTitle).Id;
    }

    private static async Task MoveToAsync(IPage page, string stage)
    {
        await page.SelectOptionAsync("#stage-select", stage);
        await page.ClickAsync("#stage-save");
        await page.WaitForSelectorAsync($"#project-stages li[aria-current='step']:text-is('{stage}')");
    }

    private static async Task RecordAsync(IPage page, string stage, string date, params (string Field, string Value)[] fields)
    {
        await page.SelectOptionAsync("#event-stage", stage);
        await page.FillAsync("#event-date", date);
        foreach (var (field, value) in fields)
        {
            if (await page.EvalOnSelectorAsync<string>($"#event-{field}", "e => e.tagName") == "SELECT")
            {
                await page.SelectOptionAsync($"#event-{field}", value);
            }
            else
            {
                await page.FillAsync($"#event-{field}", value);
            }
        }

        await page.ClickAsync("#event-save");
        await page.WaitForSelectorAsync($"#output-events li[data-stage='{stage}']");
    }

    [Fact]
    public async Task A_project_goes_from_立项_to_结题_and_its_output_from_submission_to_a_policy_document_on_the_conversion_dashboard()
    {
        var output = Seed();
        var page = await platform.NewPageAsync(_dialogs);
        await page.GotoAsync("/account/signin");
        await page.FillAsync("#user-name", "analyst");
        await page.FillAsync("#password", TestUsers.Password);
        await page.ClickAsync("#signin-button");
        await page.WaitForSelectorAsync("#signed-in-user");

        // A commissioned project with its client, funding, budget and team.
        await page.GotoAsync("/registry/projects/new");
        await page.FillAsync("#field-title", "市场监管领域联合抽查机制评估");
        await page.SelectOptionAsync("#field-type", "委托");
        await page.FillAsync("#field-commissioner", "国家市场监督管理总局");
        await page.FillAsync("#field-funder", "国家市场监督管理总局");
        await page.FillAsync("#field-budget", "60 万元");
        await page.FillAsync("#field-team", "王明 | 负责人\n李华 | 成员");
        await page.ClickAsync("#registry-save");
        await page.WaitForURLAsync(new Regex("/projects/R\\d+$"));
        Assert.Equal("委托", await page.InnerTextAsync("#project-type"));

        // 立项 → 开题 → 中期检查, a milestone delivered by the output, then 结题.
        await MoveToAsync(page, "立项");
        await MoveToAsync(page, "开题");
        await MoveToAsync(page, "中期检查");
        await page.ClickAsync("#milestone-add summary");
        await page.FillAsync("#milestone-title", "政策建议报送");
        await page.FillAsync("#milestone-due", "2025-03-31");
        await page.FillAsync("#milestone-output", output);
        await page.FillAsync("#milestone-done", "2025-01-15");
        await page.ClickAsync("#milestone-save");
        await page.WaitForSelectorAsync($"#project-milestones a[href='/outputs/{output}']");
        await MoveToAsync(page, "结题");
        Assert.Equal(["立项", "开题", "中期检查", "结题"], await page.Locator("#project-stages li").AllInnerTextsAsync());
        Assert.Equal("已完成", await page.InnerTextAsync("#project-milestones .milestone-state"));
        await BrowserPlatform.ShotAsync(page, "lifecycle-project");

        // The output page, reached from the milestone: 报送 → 批示 → 采纳 → 落实.
        await page.ClickAsync($"#project-milestones a[href='/outputs/{output}']");
        await page.WaitForSelectorAsync("#event-form");
        await RecordAsync(page, "submitted", "2025-01-15", ("submittedTo", "国务院办公厅"), ("channel", "专报"));
        await RecordAsync(page, "instructed", "2025-02-03", ("level", "国家级"), ("gist", "请市场监管总局研究吸收"));
        await RecordAsync(page, "adopted", "2025-03-20", ("adoptedBy", "国家市场监督管理总局"), ("how", "政策文件"));
        await page.FillAsync("#find-input", "双随机 一公开 监管");
        await page.ClickAsync("#find-submit");
        var choice = page.Locator("#policy-choices label.choice", new PageLocatorOptions { HasText = "双随机、一公开" }).First;
        var policy = await choice.Locator("input").GetAttributeAsync("value");
        await choice.Locator("input").CheckAsync();
        await RecordAsync(page, "implemented", "2025-06-30", ("evidence", "第二条：联合抽查"));
        Assert.Equal(["submitted", "instructed", "adopted", "implemented"], await page.Locator("#output-events li").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.stage)"));
        Assert.Equal(policy, await page.InnerTextAsync("#output-events a.implemented-by"));
        Assert.Equal("落实", await page.InnerTextAsync("#output-stage"));
        await page.WaitForSelectorAsync("#output-complete");
        await BrowserPlatform.ShotAsync(page, "lifecycle-output");

        // The conversion dashboard counts it at every stage; the dashboard shows the project at 结题.
        await page.GotoAsync("/conversion?by=type");
        await page.WaitForSelectorAsync("#chart-rates[data-drawn='true'] canvas");
        Assert.Equal(["1", "1", "1", "1", "1"], new[]
        {
            await page.InnerTextAsync("#count-outputs"), await page.InnerTextAsync("#count-submitted"), await page.InnerTextAsync("#count-instructed"),
            await page.InnerTextAsync("#count-adopted"), await page.InnerTextAsync("#count-implemented"),
        });
        Assert.Equal("100%", await page.InnerTextAsync("#rate-implemented"));
        Assert.Contains("政策建议", await page.InnerTextAsync("#conversion-table tr[data-key='政策建议']"), StringComparison.Ordinal);
        await BrowserPlatform.ShotAsync(page, "lifecycle-conversion");
        await page.GotoAsync("/dashboard");
        Assert.Equal("1", await page.InnerTextAsync("#projects-by-stage tr[data-stage='结题'] td.num"));
        Assert.Empty(_dialogs);
    }
}
