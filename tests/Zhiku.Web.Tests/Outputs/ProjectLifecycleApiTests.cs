using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Outputs;

/// <summary>
/// A project's life cycle through the real HTTP pipeline: <c>POST /api/v1/projects/{id}/stage</c> and
/// <c>…/milestones</c> as versions of the project's history, their problems in the reader's language, the project
/// page's stage and milestone forms, and the project's outputs linked from its page.
/// </summary>
[Collection(LifecycleCollection.Name)]
public sealed class ProjectLifecycleApiTests(LifecyclePlatform factory)
{
    private readonly LifecyclePlatform _platform = (LifecyclePlatform)factory.Seeded();

    private HttpClient Client(string user) => Http.WithToken(_platform, _platform.Users[user].Token);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private async Task<string> CreateAsync(HttpClient client, object project) =>
        (await JsonAsync(await client.PostAsJsonAsync("/api/v1/projects", project), HttpStatusCode.Created)).GetProperty("id").GetString()!;

    [Fact]
    public async Task A_manager_takes_a_project_through_its_four_stages_and_each_is_a_version_in_its_history()
    {
        var manager = Client("manager");
        var id = await CreateAsync(manager, new { title = "长三角科技创新共同体建设评估", type = "委托", commissioner = "上海市科学技术委员会", funder = "上海市科委", budget = "80 万元", team = "张华 | 负责人\n李明 | 成员" });

        foreach (var stage in new[] { "立项", "opening", "中期检查", "结题" })
        {
            await JsonAsync(await manager.PostAsJsonAsync($"/api/v1/projects/{id}/stage", new { stage }), HttpStatusCode.OK);
        }

        var milestone = await JsonAsync(await manager.PostAsJsonAsync($"/api/v1/projects/{id}/milestones", new { title = "结题报告", due = "2025-12-31", output = _platform.RecordedOutput }), HttpStatusCode.OK);

        Assert.Equal(6, milestone.GetProperty("version").GetInt32());
        var history = await JsonAsync(await manager.GetAsync($"/api/v1/projects/{id}/history"), HttpStatusCode.OK);
        var changes = history.GetProperty("versions").EnumerateArray().Skip(1).Select(v => v.GetProperty("changes")[0]).ToList();
        Assert.Equal(["stage", "stage", "stage", "stage", "milestones"], changes.Select(c => c.GetProperty("field").GetString()));
        Assert.Equal(["立项", "开题", "中期检查", "结题"], changes.Take(4).Select(c => c.GetProperty("after").GetString()));
        var record = (await JsonAsync(await manager.GetAsync($"/api/v1/projects/{id}"), HttpStatusCode.OK)).GetProperty("record");
        Assert.Equal(("结题", "委托", "80 万元"), (record.GetProperty("stage").GetString(), record.GetProperty("type").GetString(), record.GetProperty("budget").GetString()));
        Assert.Equal(["负责人", "成员"], record.GetProperty("team").EnumerateArray().Select(m => m.GetProperty("role").GetString()));
        Assert.Equal(_platform.RecordedOutput, record.GetProperty("milestones")[0].GetProperty("output").GetString());
    }

    [Fact]
    public async Task A_word_that_is_no_stage_is_refused_in_the_reader_s_language_naming_the_field()
    {
        var manager = Client("manager");
        var id = await CreateAsync(manager, new { title = "科技政策仿真研究", stage = "立项" });

        var zh = await JsonAsync(await manager.PostAsJsonAsync($"/api/v1/projects/{id}/stage", new { stage = "验收" }), HttpStatusCode.BadRequest);
        var en = await JsonAsync(await manager.PostAsJsonAsync($"/api/v1/projects/{id}/stage?lang=en", new { stage = "accepted" }), HttpStatusCode.BadRequest);

        Assert.Equal("项目阶段：“验收”不是可选的值", zh.GetProperty("detail").GetString());
        Assert.Equal("Stage: 'accepted' is not one of the allowed values", en.GetProperty("detail").GetString());
        Assert.Equal("立项", (await JsonAsync(await manager.GetAsync($"/api/v1/projects/{id}"), HttpStatusCode.OK)).GetProperty("record").GetProperty("stage").GetString());
    }

    [Fact]
    public async Task A_milestone_with_a_wrong_due_day_is_refused_naming_the_column_and_the_value()
    {
        var analyst = Client("analyst");
        var created = await JsonAsync(await analyst.PostAsJsonAsync("/api/v1/projects", new { title = "创新型城市评价研究" }), HttpStatusCode.Created);
        var (id, revision) = (created.GetProperty("id").GetString()!, created.GetProperty("revision").GetInt64());

        var problem = await JsonAsync(await analyst.PostAsJsonAsync($"/api/v1/projects/{id}/milestones", new { title = "中期报告", due = "2025-13-01" }), HttpStatusCode.BadRequest);
        var table = await JsonAsync(await analyst.PutAsJsonAsync($"/api/v1/projects/{id}?lang=en", new { milestones = new[] { new { title = "", due = "2025-06-30" } }, revision }), HttpStatusCode.BadRequest);

        Assert.Equal("里程碑截止日期：“2025-13-01”不是日期（yyyy、yyyy-MM 或 yyyy-MM-dd）", problem.GetProperty("detail").GetString());
        Assert.Equal("Milestone title: a value is required", table.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_viewer_may_not_change_a_stage()
    {
        var id = await CreateAsync(Client("manager"), new { title = "科技人才政策评估" });

        var refused = await Client("viewer").PostAsJsonAsync($"/api/v1/projects/{id}/stage", new { stage = "开题" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task The_project_page_moves_the_stage_adds_a_milestone_and_shows_an_overdue_one()
    {
        var id = await CreateAsync(Client("analyst"), new { title = "新型研发机构绩效评价", stage = "立项" });
        var browser = await Http.SignedInAsync(_platform, "analyst");
        var token = await Http.AntiforgeryTokenAsync(browser, $"/projects/{id}");

        var moved = await browser.PostAsync($"/projects/{id}?handler=Stage", new FormUrlEncodedContent(new Dictionary<string, string> { ["stage"] = "开题", ["__RequestVerificationToken"] = token }));
        var added = await browser.PostAsync($"/projects/{id}?handler=Milestone", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["title"] = "开题报告",
            ["due"] = "2020-01-31",
            ["output"] = "",
            ["done"] = "",
            ["__RequestVerificationToken"] = token,
        }));
        var wrong = await browser.PostAsync($"/projects/{id}?handler=Stage", new FormUrlEncodedContent(new Dictionary<string, string> { ["stage"] = "验收", ["__RequestVerificationToken"] = token }));

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.BadRequest), (moved.StatusCode, added.StatusCode, wrong.StatusCode));
        Assert.Contains("项目阶段：“验收”不是可选的值", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var page = await browser.GetStringAsync($"/projects/{id}");
        Assert.Contains("<li class=\"stage-current\" aria-current=\"step\">开题</li>", page, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"milestone-overdue\">", page, StringComparison.Ordinal);
        var dashboard = await browser.GetStringAsync("/dashboard");
        Assert.Contains($"<a href=\"/projects/{id}#lifecycle\">新型研发机构绩效评价</a></td><td>开题报告</td><td>2020-01-31</td>", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_of_an_imported_project_lists_its_outputs_with_the_stage_each_reached()
    {
        var manager = Client("manager");
        var found = await JsonAsync(await manager.GetAsync("/api/v1/search?entity=projects&q=" + Uri.EscapeDataString("\"" + LifecyclePlatform.CountedProject + "\"")), HttpStatusCode.OK);
        var id = found.GetProperty("hits")[0].GetProperty("id").GetString();

        var page = await (await Http.SignedInAsync(_platform, "manager")).GetStringAsync($"/projects/{id}");

        var rows = System.Text.RegularExpressions.Regex.Matches(page, "<td><a href=\"/outputs/(W[0-9]+)\">([^<]+)</a></td><td>[^<]*</td><td>[^<]*</td>\\s*<td>([^<]+)</td>");
        Assert.Equal([("科技评估制度改革建议", "采纳"), ("科研评价指标体系研究报告", "报送"), ("评估方法综述", "未报送")], rows.Select(m => (m.Groups[2].Value, m.Groups[3].Value)));
    }
}
