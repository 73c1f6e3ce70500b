using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhiku.Model;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Functional;

[Collection(PlatformCollection.Name)]
public sealed class DetailPageTests(PlatformFactory factory)
{
    private readonly PlatformFactory _platform = factory.Seeded();

    private async Task<string> FirstWosWorkAsync(HttpClient client)
    {
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/search?q=electromagnetic&size=1")).RootElement;
        return json.GetProperty("hits")[0].GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task A_work_page_shows_metadata_linked_authors_identifiers_and_provenance()
    {
        var client = Http.Anonymous(_platform);
        var id = await FirstWosWorkAsync(client);

        var html = await client.GetStringAsync($"/works/{id}");

        Assert.Contains("id=\"work-title\"", html, StringComparison.Ordinal);
        Assert.Matches("href=\"/people/P[0-9]+\"", html);
        Assert.Contains("id=\"provenance\"", html, StringComparison.Ordinal);
        Assert.Contains("metaknowledge_savedrecs.txt", html, StringComparison.Ordinal);
        Assert.Contains("字段来源", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_page_lists_the_persons_works_and_links_back()
    {
        var client = Http.Anonymous(_platform);
        var id = await FirstWosWorkAsync(client);
        var work = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/works/{id}")).RootElement;
        var person = work.GetProperty("authorships").EnumerateArray().Select(a => a.GetProperty("personId").GetString()).First(p => p is not null);

        var html = await client.GetStringAsync($"/people/{person}");

        Assert.Contains($"href=\"/works/{id}\"", html, StringComparison.Ordinal);
        var api = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/people/{person}")).RootElement;
        Assert.True(api.GetProperty("workCount").GetInt32() >= 1);
    }

    [Fact]
    public async Task Organisation_page_of_the_demo_organisation_counts_only_visible_owned_works()
    {
        var kb = _platform.Services.GetRequiredService<Zhiku.Knowledge.KnowledgeBase>();
        var id = "O" + kb.FindOrganisation(PlatformFactory.Demo)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var publicWorks = _platform.Imported[AccessLevel.Public];
        var allWorks = _platform.Imported.Values.Sum();

        var anonymous = JsonDocument.Parse(await Http.Anonymous(_platform).GetStringAsync($"/api/v1/organisations/{id}")).RootElement;
        var admin = JsonDocument.Parse(await Http.WithToken(_platform, _platform.Users["administrator"].Token).GetStringAsync($"/api/v1/organisations/{id}")).RootElement;
        var page = await Http.Anonymous(_platform).GetStringAsync($"/organisations/{id}");

        Assert.Equal(publicWorks, anonymous.GetProperty("workCount").GetInt32());
        Assert.Equal(allWorks, admin.GetProperty("workCount").GetInt32());
        Assert.Contains($"本机构拥有的记录（{publicWorks}）", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_work_person_organisation_and_project_pages_answer_404_with_a_page()
    {
        var client = Http.Anonymous(_platform);
        foreach (var path in new[] { "/works/W99999999", "/people/P99999999", "/organisations/O99999999", "/projects/R99999999", "/works/not-an-id" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("未找到", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Dashboard_shows_counts_by_kind_and_the_chart_series_come_from_the_api()
    {
        var client = Http.Anonymous(_platform);
        var html = await client.GetStringAsync("/dashboard");
        var data = JsonDocument.Parse(await client.GetStringAsync("/api/v1/dashboard")).RootElement;

        Assert.Contains("id=\"chart-years\"", html, StringComparison.Ordinal);
        Assert.Contains("/lib/echarts/echarts.min.js", html, StringComparison.Ordinal);
        Assert.True(data.GetProperty("years").GetArrayLength() > 0);
        Assert.True(data.GetProperty("keywords").GetArrayLength() > 0);
        Assert.Equal(
            data.GetProperty("kinds").EnumerateArray().Sum(k => k.GetProperty("count").GetInt32()),
            data.GetProperty("works").GetInt32());
    }

    [Fact]
    public async Task Static_scripts_are_served_for_the_charts()
    {
        var response = await Http.Anonymous(_platform).GetAsync("/lib/echarts/echarts.min.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 500_000);
    }
}
