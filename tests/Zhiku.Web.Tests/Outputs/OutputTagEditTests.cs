using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Outputs;

/// <summary>
/// Editing an output's classification tags through <c>PUT /api/v1/outputs/{id}/tags</c> (issue 12): codes or the terms'
/// names, refused in the reader's language when unknown, kept as versions of <c>GET …/history</c>, and counted by the
/// outputs facets at once. A platform of its own, since the edits change the counts of <see cref="OutputFacetTests"/>.
/// </summary>
public sealed class OutputTagEditTests(OutputTagsPlatform factory) : IClassFixture<OutputTagsPlatform>
{
    private readonly OutputTagsPlatform _platform = (OutputTagsPlatform)factory.Seeded();

    private HttpClient Client(string user) => Http.WithToken(_platform, _platform.Users[user].Token);

    [Fact]
    public async Task An_analyst_tags_an_untagged_output_by_code_and_name_and_the_history_and_facets_follow()
    {
        var id = await OutputIdAsync("科技政策综述");
        var before = await TotalAsync("&f=tag:region.CN-ZJ");

        var response = await Client("analyst").PutAsJsonAsync($"/api/v1/outputs/{id}/tags", new { tags = new[] { "instrument.subsidy", "浙江", "Subsidies" } });

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal(["instrument.subsidy", "region.CN-ZJ"], JsonDocument.Parse(body).RootElement.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        var history = JsonDocument.Parse(await _platform.CreateClient().GetStringAsync($"/api/v1/outputs/{id}/history")).RootElement;
        Assert.Equal(
            [(1, "import", ""), (2, "analyst", "instrument.subsidy region.CN-ZJ")],
            history.EnumerateArray().Select(v => (v.GetProperty("version").GetInt32(), v.GetProperty("author").GetString(), string.Join(' ', v.GetProperty("tags").EnumerateArray().Select(t => t.GetString())))));
        Assert.Equal(before + 1, await TotalAsync("&f=tag:region.CN-ZJ"));

        // Clearing the tags is one more version; the output leaves the facet.
        var cleared = await Client("analyst").PutAsJsonAsync($"/api/v1/outputs/{id}/tags", new { tags = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Equal(before, await TotalAsync("&f=tag:region.CN-ZJ"));
        Assert.Equal(3, JsonDocument.Parse(await _platform.CreateClient().GetStringAsync($"/api/v1/outputs/{id}/history")).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_tag_is_refused_naming_it_in_the_reader_s_language_and_nothing_changes()
    {
        var id = await OutputIdAsync("研发补贴评估报告");
        var analyst = Client("analyst");

        var zh = await analyst.PutAsJsonAsync($"/api/v1/outputs/{id}/tags", new { tags = new[] { "instrument.pilot", "魔法补贴" } });
        var en = await analyst.PutAsJsonAsync($"/api/v1/outputs/{id}/tags?lang=en", new { tags = new[] { "instrument.magic" } });

        Assert.Equal(HttpStatusCode.BadRequest, zh.StatusCode);
        var problem = JsonDocument.Parse(await zh.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(("tags", "unknownTag"), (problem.GetProperty("parameter").GetString(), problem.GetProperty("refusal").GetString()));
        Assert.StartsWith("标签“魔法补贴”不是案例分类标准中的术语", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("tags: 'instrument.magic' is no term of the case classification standard", JsonDocument.Parse(await en.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var output = JsonDocument.Parse(await analyst.GetStringAsync($"/api/v1/outputs/{id}")).RootElement;
        Assert.Equal(["instrument.pilot", "instrument.subsidy"], output.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Empty(JsonDocument.Parse(await analyst.GetStringAsync($"/api/v1/outputs/{id}/history")).RootElement.EnumerateArray());
    }

    [Fact]
    public async Task Only_editors_of_the_owning_organisation_change_tags_and_a_hidden_output_has_no_history()
    {
        var id = await OutputIdAsync("科技政策综述");
        var hidden = await OutputIdAsync("内部试点专报", "analyst");
        var body = new { tags = new[] { "instrument.pilot" } };

        Assert.Equal(HttpStatusCode.Unauthorized, (await _platform.CreateClient().PutAsJsonAsync($"/api/v1/outputs/{id}/tags", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client("viewer").PutAsJsonAsync($"/api/v1/outputs/{id}/tags", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client("uploader").PutAsJsonAsync($"/api/v1/outputs/{id}/tags", body)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client("uploader").PutAsJsonAsync($"/api/v1/outputs/{hidden}/tags", body)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _platform.CreateClient().GetAsync($"/api/v1/outputs/{hidden}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client("analyst").GetAsync($"/api/v1/outputs/{hidden}/history")).StatusCode);
    }

    [Fact]
    public async Task The_output_page_form_sets_the_tags_lists_the_versions_and_refuses_an_unknown_code_in_place()
    {
        var id = await OutputIdAsync("税收优惠研究");
        var browser = await Http.SignedInAsync(_platform, "analyst");
        var page = await browser.GetStringAsync($"/outputs/{id}");
        Assert.Contains("id=\"tags-form\"", page, StringComparison.Ordinal);
        Assert.Matches("<option value=\"instrument.subsidy\" selected=\"selected\">财政补贴</option>", page);
        var token = await Http.AntiforgeryTokenAsync(browser, $"/outputs/{id}");

        var saved = await browser.PostAsync($"/outputs/{id}?handler=Tags", Form(token, ("tags", "instrument.subsidy"), ("tags", "region.CN-ZJ")));
        var refused = await browser.PostAsync($"/outputs/{id}?handler=Tags", Form(token, ("tags", "instrument.nonsense")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = WebUtility.HtmlDecode(await browser.GetStringAsync($"/outputs/{id}"));
        Assert.Contains("第 2 版 · analyst · ", after, StringComparison.Ordinal);
        Assert.Contains("：财政补贴、浙江</li>", after, StringComparison.Ordinal);
        Assert.Contains("第 1 版 · 导入 · ", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("标签“instrument.nonsense”不是案例分类标准中的术语", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"tags-form\"", await (await Http.SignedInAsync(_platform, "uploader")).GetStringAsync($"/outputs/{id}"), StringComparison.Ordinal);
    }

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new([.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), new("__RequestVerificationToken", token)]);

    private async Task<string> OutputIdAsync(string title, string? user = null)
    {
        var client = user is null ? _platform.CreateClient() : Client(user);
        var answer = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/search?entity=outputs&q={Uri.EscapeDataString("\"" + title + "\"")}")).RootElement;
        return answer.GetProperty("hits").EnumerateArray().Single().GetProperty("id").GetString()!;
    }

    private async Task<int> TotalAsync(string filter) =>
        JsonDocument.Parse(await _platform.CreateClient().GetStringAsync($"/api/v1/search?entity=outputs&q={OutputTagsPlatform.Word}{filter}"))
            .RootElement.GetProperty("total").GetInt32();
}
