using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Zhiku.Knowledge;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Outputs;

/// <summary>
/// An output's influence traces on its page and through <c>/api/v1/outputs/{id}/traces</c>: an output of 2018 whose
/// abstract is an edited passage of a real 2019 State Council policy is traced to that policy with the passages side
/// by side; confirming the trace records its 落实 and the conversion counts it; a rejected trace is not proposed again;
/// only the output's organisation decides, and other organisations do not see the traces.
/// </summary>
[Collection(LifecycleCollection.Name)]
public sealed partial class OutputTraceTests(LifecyclePlatform factory)
{
    private readonly LifecyclePlatform _platform = (LifecyclePlatform)factory.Seeded();

    private HttpClient Api(string user) => Http.WithToken(_platform, _platform.Users[user].Token);

    // A passage of 180 characters from the middle of the policy's text, with two characters changed and one added.
    private string PlantedPassage(string policyId)
    {
        var text = _platform.Services.GetRequiredService<KnowledgeBase>().Read(Zhiku.Access.Caller.Owner).Work(policyId)!.Work.FullText!;
        var passage = text.Substring(text.Length / 2, 180).ToCharArray();
        passage[40] = '和';
        passage[120] = '及';
        return new string(passage).Insert(90, "进一步");
    }

    private async Task<string> PlantAsync(string title, string policyTitlePart)
    {
        var policy = _platform.Policies.First(p => p.Key.Contains(policyTitlePart, StringComparison.Ordinal)).Value;
        var browser = await Http.SignedInAsync(_platform, "analyst");
        var token = await Http.AntiforgeryTokenAsync(browser, "/outputs/new");
        var saved = await browser.PostAsync("/outputs/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["title"] = title,
            ["type"] = "政策建议",
            ["date"] = "2018-06-01",
            ["abstract"] = PlantedPassage(policy),
            ["access"] = "internal",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return OutputPath().Match(saved.Headers.Location!.ToString()).Groups[1].Value;
    }

    [Fact]
    public async Task A_planted_passage_is_traced_to_its_policy_and_a_confirmed_trace_is_the_output_s_implementation()
    {
        const string title = "关于优化营商环境的政策建议（追踪测试）";
        var policy = _platform.Policies.First(p => p.Key.Contains("双随机、一公开", StringComparison.Ordinal)).Value;
        var output = await PlantAsync(title, "双随机、一公开");

        using var traces = JsonDocument.Parse(await Api("viewer").GetStringAsync($"/api/v1/outputs/{output}/traces"));
        var link = traces.RootElement.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("document").GetString() == policy);
        Assert.Equal("reuse", link.GetProperty("kind").GetString());
        Assert.InRange(link.GetProperty("similarity").GetDouble(), 0.6, 0.999);
        var passage = link.GetProperty("passages")[0];
        Assert.Contains("进一步", passage.GetProperty("output").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("进一步", passage.GetProperty("document").GetString(), StringComparison.Ordinal);
        var viewerPage = await (await Http.SignedInAsync(_platform, "viewer")).GetStringAsync($"/outputs/{output}");
        Assert.Contains($"<li class=\"trace card\" data-document=\"{policy}\" data-kind=\"reuse\">", viewerPage, StringComparison.Ordinal);
        Assert.DoesNotContain($"id=\"confirm-{policy}\"", viewerPage, StringComparison.Ordinal);

        // Confirmed before submission: refused in the reader's language; after 报送 it is the 落实.
        var implementedBefore = await ImplementedAsync("政策建议");
        var early = await Api("analyst").PostAsync($"/api/v1/outputs/{output}/traces/{policy}/confirm", null);
        var submitted = await Api("analyst").PostAsJsonAsync($"/api/v1/outputs/{output}/events", new { stage = "submitted", date = "2018-06-10", channel = "专报" });
        var confirmed = await Api("analyst").PostAsync($"/api/v1/outputs/{output}/traces/{policy}/confirm", null);

        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
        using var details = JsonDocument.Parse(await confirmed.Content.ReadAsStringAsync());
        var implemented = details.RootElement.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("stage").GetString() == "implemented");
        Assert.Equal(policy, implemented.GetProperty("implementedBy").GetString());
        Assert.Matches("^20[0-9]{2}-[0-9]{2}-[0-9]{2}$", implemented.GetProperty("date").GetString());
        var page = await (await Http.SignedInAsync(_platform, "analyst")).GetStringAsync($"/outputs/{output}");
        Assert.Contains("已确认为落实", page, StringComparison.Ordinal);
        Assert.Equal(implementedBefore + 1, await ImplementedAsync("政策建议"));
    }

    [Fact]
    public async Task A_rejected_trace_is_not_proposed_again_and_only_the_output_s_organisation_decides()
    {
        var output = await PlantAsync("关于深化职业教育改革的建议（排除测试）", "国家职业教育改革实施方案");
        using var before = JsonDocument.Parse(await Api("analyst").GetStringAsync($"/api/v1/outputs/{output}/traces"));
        var policy = before.RootElement.GetProperty("links").EnumerateArray().First(l => l.GetProperty("kind").GetString() == "reuse").GetProperty("document").GetString()!;

        var byViewer = await Api("viewer").PostAsync($"/api/v1/outputs/{output}/traces/{policy}/reject", null);
        var byStranger = await Api("stranger").GetAsync($"/api/v1/outputs/{output}/traces");
        var browser = await Http.SignedInAsync(_platform, "manager");
        var token = await Http.AntiforgeryTokenAsync(browser, $"/outputs/{output}");
        var rejected = await browser.PostAsync($"/outputs/{output}?handler=Reject", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["document"] = policy,
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Forbidden, byViewer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byStranger.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        using var after = JsonDocument.Parse(await Api("analyst").GetStringAsync($"/api/v1/outputs/{output}/traces"));
        Assert.DoesNotContain(after.RootElement.GetProperty("links").EnumerateArray(), l => l.GetProperty("document").GetString() == policy);
        var page = await browser.GetStringAsync($"/outputs/{output}?rejected=1");
        Assert.Contains("已排除该文件，不再提示。", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-document=\"{policy}\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Api("analyst").PostAsync($"/api/v1/outputs/W99999999/traces/{policy}/reject", null)).StatusCode);
    }

    [Fact]
    public async Task A_confirmation_dated_before_the_submission_is_refused_with_both_dates_named()
    {
        var output = await PlantAsync("关于加强三级公立医院绩效考核的建议（日期测试）", "三级公立医院绩效考核");
        using var traces = JsonDocument.Parse(await Api("analyst").GetStringAsync($"/api/v1/outputs/{output}/traces"));
        var policy = traces.RootElement.GetProperty("links").EnumerateArray().First(l => l.GetProperty("kind").GetString() == "reuse").GetProperty("document").GetString()!;
        var work = _platform.Services.GetRequiredService<KnowledgeBase>().Read(Zhiku.Access.Caller.Owner).Work(policy)!.Work;
        var confirmedOn = Zhiku.Outputs.ConversionRules.IsDay(work.Date) ? work.Date! : DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var submitted = await Api("analyst").PostAsJsonAsync($"/api/v1/outputs/{output}/events", new { stage = "submitted", date = "2099-12-31", channel = "专报" });

        var byApi = await Api("analyst").PostAsync($"/api/v1/outputs/{output}/traces/{policy}/confirm", null);
        var browser = await Http.SignedInAsync(_platform, "analyst");
        var token = await Http.AntiforgeryTokenAsync(browser, $"/outputs/{output}");
        var byPage = await browser.PostAsync($"/outputs/{output}?handler=Confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["document"] = policy,
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, byApi.StatusCode);
        using var problem = JsonDocument.Parse(await byApi.Content.ReadAsStringAsync());
        var detail = problem.RootElement.GetProperty("detail").GetString()!;
        Assert.Contains(confirmedOn, detail, StringComparison.Ordinal);
        Assert.Contains("2099-12-31", detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, byPage.StatusCode);
        var page = await byPage.Content.ReadAsStringAsync();
        Assert.Contains($"日期 {confirmedOn} 早于此前的报送（2099-12-31）。", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_pages_trace_against_one_index_of_the_policy_documents_until_the_store_changes()
    {
        var output = await PlantAsync("关于推广支持创新改革举措的建议（索引测试）", "第二批支持创新相关改革举措");
        var kb = _platform.Services.GetRequiredService<KnowledgeBase>();
        var before = kb.TraceIndexLoads;

        var first = await Api("analyst").GetStringAsync($"/api/v1/outputs/{output}/traces");
        var page = await (await Http.SignedInAsync(_platform, "analyst")).GetStringAsync($"/outputs/{output}");
        var again = await Api("analyst").GetStringAsync($"/api/v1/outputs/{output}/traces");
        var afterViews = kb.TraceIndexLoads;
        var other = await PlantAsync("关于推广支持创新改革举措的第二份建议（索引测试）", "第二批支持创新相关改革举措");
        var afterWrite = await Api("analyst").GetStringAsync($"/api/v1/outputs/{other}/traces");

        Assert.Equal(before + 1, afterViews);
        Assert.Equal(first, again);
        Assert.Contains("data-kind=\"reuse\"", page, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"reuse\"", afterWrite, StringComparison.Ordinal);
        Assert.Equal(afterViews + 1, kb.TraceIndexLoads);
    }

    // The implemented outputs of a type on the conversion dashboard's API, as the analyst sees them.
    private async Task<int> ImplementedAsync(string type)
    {
        using var conversion = JsonDocument.Parse(await Api("analyst").GetStringAsync("/api/v1/analytics/conversion?by=type"));
        return conversion.RootElement.GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("key").GetString() == type).Sum(r => r.GetProperty("implemented").GetInt32());
    }

    [GeneratedRegex("^/outputs/(W[0-9]+)$")]
    private static partial Regex OutputPath();
}
