using System.Net;
using System.Text.RegularExpressions;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Outputs;

/// <summary>
/// The output page <c>/outputs/{id}</c> through the real pipeline: the timeline of an imported output, recording the
/// next events with the form (the 落实 document picked from a search of the seeded State Council policies), refusals in
/// the reader's language beside what was typed, and who sees the form.
/// </summary>
[Collection(LifecycleCollection.Name)]
public sealed partial class OutputPageTests(LifecyclePlatform factory)
{
    private readonly LifecyclePlatform _platform = (LifecyclePlatform)factory.Seeded();

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new([.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), new("__RequestVerificationToken", token)]);

    private async Task<string> OutputOfAsync(string title)
    {
        var api = Http.WithToken(_platform, _platform.Users["manager"].Token);
        var found = await api.GetStringAsync("/api/v1/search?entity=outputs&q=" + Uri.EscapeDataString("\"" + title + "\""));
        return Regex.Match(found, "\"id\":\"(W[0-9]+)\"").Groups[1].Value;
    }

    [Fact]
    public async Task The_timeline_shows_each_imported_event_with_its_facts_and_who_recorded_it()
    {
        var browser = await Http.SignedInAsync(_platform, "viewer");
        var id = await OutputOfAsync("科技评估制度改革建议");

        var page = await browser.GetStringAsync($"/outputs/{id}");

        Assert.Equal(["submitted", "instructed", "adopted"], EventStages().Matches(page).Select(m => m.Groups[1].Value));
        Assert.Contains("<dt>报送渠道</dt><dd>内参</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dt>批示级别</dt><dd>国家级</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dt>采纳单位</dt><dd>科学技术部</dd>", page, StringComparison.Ordinal);
        var recordedBy = System.Text.Json.JsonDocument.Parse(await Http.WithToken(_platform, _platform.Users["viewer"].Token).GetStringAsync($"/api/v1/outputs/{id}"))
            .RootElement.GetProperty("events")[0].GetProperty("recordedBy").GetString();
        Assert.Contains($"由 {recordedBy} 记录于", page, StringComparison.Ordinal);
        // A viewer reads the timeline but gets no form.
        Assert.DoesNotContain("id=\"event-form\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_analyst_records_submitted_instructed_adopted_and_implemented_with_a_picked_policy_document()
    {
        var browser = await Http.SignedInAsync(_platform, "analyst");
        var id = _platform.RecordedOutput;
        var policy = _platform.Policies.Single(p => p.Key.Contains("双随机、一公开", StringComparison.Ordinal));
        var token = await Http.AntiforgeryTokenAsync(browser, $"/outputs/{id}");

        var steps = new[]
        {
            Form(token, ("stage", "submitted"), ("date", "2024-09-10"), ("submittedTo", "江苏省人民政府"), ("channel", "专报")),
            Form(token, ("stage", "instructed"), ("date", "2024-09-25"), ("level", "省部级"), ("gist", "请省科技厅研究采纳")),
            Form(token, ("stage", "adopted"), ("date", "2024-11-01"), ("adoptedBy", "江苏省科学技术厅"), ("how", "政策文件")),
        };
        var statuses = new List<HttpStatusCode>();
        foreach (var step in steps)
        {
            statuses.Add((await browser.PostAsync($"/outputs/{id}", step)).StatusCode);
        }

        var picker = await browser.GetStringAsync($"/outputs/{id}?find={Uri.EscapeDataString("双随机 一公开 监管")}");
        Assert.Contains($"<input type=\"radio\" name=\"implementedBy\" value=\"{policy.Value}\"", picker, StringComparison.Ordinal);
        var implemented = await browser.PostAsync($"/outputs/{id}", Form(token, ("stage", "implemented"), ("date", "2024-12-15"), ("implementedBy", policy.Value), ("evidence", "第三条")));

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect], [.. statuses, implemented.StatusCode]);
        var page = await browser.GetStringAsync($"/outputs/{id}");
        Assert.Equal(["submitted", "instructed", "adopted", "implemented"], EventStages().Matches(page).Select(m => m.Groups[1].Value));
        Assert.Contains($"<a href=\"/works/{policy.Value}\" class=\"implemented-by\">{policy.Value}</a>", page, StringComparison.Ordinal);
        Assert.Contains("由 analyst 记录于", page, StringComparison.Ordinal);
        Assert.Contains("id=\"output-complete\"", page, StringComparison.Ordinal);
        var api = await Http.WithToken(_platform, _platform.Users["analyst"].Token).GetStringAsync($"/api/v1/outputs/{id}");
        Assert.Contains("\"stage\":\"implemented\"", api, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_event_is_named_in_the_reader_s_language_and_keeps_what_was_typed()
    {
        var browser = await Http.SignedInAsync(_platform, "manager");
        var id = await OutputOfAsync("科研评价指标体系研究报告");
        var token = await Http.AntiforgeryTokenAsync(browser, $"/outputs/{id}");

        var early = await browser.PostAsync($"/outputs/{id}", Form(token, ("stage", "instructed"), ("date", "2024-03-01"), ("gist", "早于报送的批示")));
        var english = await browser.PostAsync($"/outputs/{id}?lang=en", Form(token, ("stage", "instructed"), ("date", "2024-03-01")));

        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        var page = await early.Content.ReadAsStringAsync();
        Assert.Contains("日期 2024-03-01 早于此前的报送（2024-04-01）。", page, StringComparison.Ordinal);
        Assert.Contains(">早于报送的批示</textarea>", page, StringComparison.Ordinal);
        Assert.Contains("The date 2024-03-01 is before the earlier stage submitted (2024-04-01).", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_role_that_records_the_form_is_refused_and_an_unknown_output_is_404()
    {
        var viewer = await Http.SignedInAsync(_platform, "viewer");
        var id = await OutputOfAsync("评估方法综述");
        var token = await Http.AntiforgeryTokenAsync(viewer, $"/outputs/{id}");

        var refused = await viewer.PostAsync($"/outputs/{id}", Form(token, ("stage", "submitted"), ("date", "2024-07-01")));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync("/outputs/W99999999")).StatusCode);
        var page = await viewer.GetStringAsync($"/outputs/{id}");
        Assert.Contains("尚无转化记录。", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-stage=", page, StringComparison.Ordinal);
    }

    [GeneratedRegex("<li class=\"event event-[a-z]+\" data-stage=\"([a-z]+)\">")]
    private static partial Regex EventStages();
}
