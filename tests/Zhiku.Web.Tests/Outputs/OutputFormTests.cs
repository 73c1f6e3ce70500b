using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Zhiku.Knowledge;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Outputs;

/// <summary>
/// The form that creates an output (<c>/outputs/new</c>) through the real pipeline and store: an output typed in with its
/// project, registry authors and a classification tag is on its page, in search and on its project and author pages at
/// once; wrong values are named field by field in the reader's language with nothing stored; roles and access apply.
/// </summary>
[Collection(LifecycleCollection.Name)]
public sealed partial class OutputFormTests(LifecyclePlatform factory)
{
    private readonly LifecyclePlatform _platform = (LifecyclePlatform)factory.Seeded();

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new([.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), new("__RequestVerificationToken", token)]);

    private async Task<string> FirstIdAsync(string entity, string phrase)
    {
        var api = Http.WithToken(_platform, _platform.Users["manager"].Token);
        var found = await api.GetStringAsync($"/api/v1/search?entity={entity}&q=" + Uri.EscapeDataString("\"" + phrase + "\""));
        return IdPattern().Match(found).Groups[1].Value;
    }

    private async Task<int> OutputsTitledAsync(string title)
    {
        var api = Http.WithToken(_platform, _platform.Users["manager"].Token);
        using var json = JsonDocument.Parse(await api.GetStringAsync("/api/v1/search?entity=outputs&q=" + Uri.EscapeDataString("\"" + title + "\"")));
        return json.RootElement.GetProperty("hits").EnumerateArray().Count(h => h.GetProperty("name").GetString() == title);
    }

    [Fact]
    public async Task An_analyst_creates_an_output_of_a_project_that_search_its_project_and_its_authors_show_at_once()
    {
        const string title = "关于完善区域创新券跨省通用机制的政策建议";
        var browser = await Http.SignedInAsync(_platform, "analyst");
        var project = await FirstIdAsync("projects", LifecyclePlatform.RecordedProject);
        var lihua = await FirstIdAsync("people", "李华");
        var tag = _platform.Services.GetRequiredService<KnowledgeBase>().Read(Zhiku.Access.Caller.Owner).Classification().First(t => !t.Retired).Code;
        var form = await browser.GetStringAsync($"/outputs/new?project={project}");
        Assert.Contains($"<option value=\"{project}\" selected=\"selected\">{LifecyclePlatform.RecordedProject}</option>", form, StringComparison.Ordinal);
        var token = await Http.AntiforgeryTokenAsync(browser, "/outputs/new");

        var saved = await browser.PostAsync("/outputs/new", Form(token,
            ("title", title), ("type", "政策建议"), ("date", "2025-02-14"), ("authors", $"{lihua}\n王明"), ("project", project),
            ("access", "internal"), ("tags", tag), ("abstract", "建议推动创新券在长三角地区跨省通用通兑。")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = OutputPath().Match(saved.Headers.Location!.ToString()).Groups[1].Value;
        Assert.NotEmpty(id);
        using var output = JsonDocument.Parse(await Http.WithToken(_platform, _platform.Users["viewer"].Token).GetStringAsync($"/api/v1/outputs/{id}"));
        Assert.Equal(title, output.RootElement.GetProperty("title").GetString());
        Assert.Equal("政策建议", output.RootElement.GetProperty("type").GetString());
        Assert.Equal(project, output.RootElement.GetProperty("projectId").GetString());
        Assert.Equal("2025-02-14", output.RootElement.GetProperty("date").GetString());
        Assert.Equal("internal", output.RootElement.GetProperty("access").GetString());
        Assert.Equal([tag], output.RootElement.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(1, await OutputsTitledAsync(title));
        var works = await Http.WithToken(_platform, _platform.Users["viewer"].Token).GetStringAsync("/api/v1/search?q=" + Uri.EscapeDataString("跨省通用通兑"));
        Assert.Contains($"\"id\":\"{id}\"", works, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/outputs/{id}\">{title}</a>", await browser.GetStringAsync($"/projects/{project}"), StringComparison.Ordinal);
        Assert.Contains(title, await browser.GetStringAsync($"/people/{lihua}"), StringComparison.Ordinal);
        Assert.Contains(title, await browser.GetStringAsync($"/people/{await FirstIdAsync("people", "王明")}"), StringComparison.Ordinal);
        // Internal: the public does not see it.
        Assert.Equal(HttpStatusCode.NotFound, (await Http.Anonymous(_platform).GetAsync($"/outputs/{id}")).StatusCode);
    }

    [Fact]
    public async Task Wrong_values_are_named_field_by_field_in_the_reader_s_language_and_nothing_is_stored()
    {
        const string title = "一份填错了的成果";
        var browser = await Http.SignedInAsync(_platform, "manager");
        var token = await Http.AntiforgeryTokenAsync(browser, "/outputs/new");
        (string, string)[] wrong = [("title", title), ("type", "白皮书"), ("date", "2025-13-01"), ("authors", "查无此人"), ("project", "R99999999"), ("tags", "no.such-code")];

        var zh = await browser.PostAsync("/outputs/new", Form(token, wrong));
        var en = await browser.PostAsync("/outputs/new?lang=en", Form(token, [.. wrong.Skip(1), ("title", "")]));

        Assert.Equal(HttpStatusCode.BadRequest, zh.StatusCode);
        var page = await zh.Content.ReadAsStringAsync();
        Assert.Contains("成果类型：“白皮书”不是可选的成果类型", page, StringComparison.Ordinal);
        Assert.Contains("成果日期：“2025-13-01”不是日期（yyyy-MM-dd）", page, StringComparison.Ordinal);
        Assert.Contains("作者：人员库中没有您可见的“查无此人”", page, StringComparison.Ordinal);
        Assert.Contains("所属项目：没有您可见的项目“R99999999”", page, StringComparison.Ordinal);
        Assert.Contains("分类标签：“no.such-code”不是分类标准中的代码", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{title}\"", page, StringComparison.Ordinal);
        Assert.Contains(">查无此人</textarea>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, en.StatusCode);
        var english = await en.Content.ReadAsStringAsync();
        Assert.Contains("Title: required", english, StringComparison.Ordinal);
        Assert.Contains("Output type: &#x27;白皮书&#x27; is not an output type", english, StringComparison.Ordinal);
        Assert.Equal(0, await OutputsTitledAsync(title));
    }

    [Fact]
    public async Task A_viewer_gets_no_form_and_an_analyst_may_not_make_an_output_public()
    {
        const string title = "分析师想公开的成果";
        var viewer = await Http.SignedInAsync(_platform, "viewer");
        var analyst = await Http.SignedInAsync(_platform, "analyst");
        var token = await Http.AntiforgeryTokenAsync(analyst, "/outputs/new");

        var denied = await viewer.GetAsync("/outputs/new");
        var widened = await analyst.PostAsync("/outputs/new", Form(token, ("title", title), ("type", "研究报告"), ("date", "2025-03-01"), ("access", "public")));

        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/account/denied", denied.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"output-new\"", await viewer.GetStringAsync("/?q=*&entity=outputs"), StringComparison.Ordinal);
        Assert.Contains("id=\"output-new\"", await analyst.GetStringAsync("/?q=*&entity=outputs"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, widened.StatusCode);
        Assert.Contains("只有管理员和经理可以扩大记录的访问范围。", await widened.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await OutputsTitledAsync(title));
    }

    [GeneratedRegex("\"id\":\"([A-Z][0-9]+)\"")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^/outputs/(W[0-9]+)$")]
    private static partial Regex OutputPath();
}
