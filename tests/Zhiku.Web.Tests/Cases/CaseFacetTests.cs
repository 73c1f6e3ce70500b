using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Cases;

/// <summary>
/// The classification facets of a cases search (<c>GET /api/v1/search?entity=cases</c>): each term's count of the hits
/// the caller may see, named in the caller's language, and <c>f=tag:CODE</c> narrowing the hits; the cases tab of the
/// search page shows the same counts.
/// </summary>
/// <remarks>A platform of its own: its cases and terms must not reach the searches of <see cref="CaseApiTests"/>.</remarks>
public sealed class CaseFacetTests(CasesPlatform factory) : IClassFixture<CasesPlatform>
{
    private readonly CasesPlatform _platform = (CasesPlatform)factory.Seeded();

    [Fact]
    public async Task Cases_facets_count_each_term_of_the_visible_hits_and_a_facet_narrows_them()
    {
        // A manager may make a case public; the analyst of the same organisation also sees its internal ones.
        var manager = Http.WithToken(_platform, _platform.Users["manager"].Token);
        var analyst = Http.WithToken(_platform, _platform.Users["analyst"].Token);
        var tagged = new[]
        {
            new[] { "field.innovation-system", "instrument.pilot", "region.CN-ZJ" },
            new[] { "field.innovation-system", "instrument.pilot", "region.CN-SH" },
            new[] { "field.innovation-system", "instrument.subsidy", "region.CN-ZJ" },
        };
        List<string> ids = [];
        foreach (var (tags, n) in tagged.Select((t, i) => (t, i)))
        {
            var created = await manager.PostAsJsonAsync("/api/v1/cases", new { title = $"分面计数案例 facetcount {n}", tags, access = "public" });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            ids.Add(JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!);
        }

        // An internal case of the same words: the analyst's organisation sees it, an anonymous reader does not.
        var hidden = await analyst.PostAsJsonAsync("/api/v1/cases", new { title = "分面计数案例 facetcount internal", tags = new[] { "instrument.subsidy" }, access = "internal" });
        Assert.Equal(HttpStatusCode.Created, hidden.StatusCode);

        // The hand count of the three public cases.
        var expected = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["field.innovation-system"] = 3,
            ["instrument.pilot"] = 2,
            ["instrument.subsidy"] = 1,
            ["region.CN-ZJ"] = 2,
            ["region.CN-SH"] = 1,
        };
        var anonymous = _platform.CreateClient();
        var zh = await SearchAsync(anonymous, "facetcount", "zh");
        Assert.Equal(3, zh.GetProperty("total").GetInt32());
        Assert.Equal(expected, Facets(zh).ToDictionary(f => f.Code, f => f.Count, StringComparer.Ordinal));
        Assert.Equal("创新体系与科技管理", Facets(zh).Single(f => f.Code == "field.innovation-system").Name);
        Assert.Equal("浙江", Facets(zh).Single(f => f.Code == "region.CN-ZJ").Name);
        var en = await SearchAsync(anonymous, "facetcount", "en");
        Assert.Equal("Pilots and demonstrations", Facets(en).Single(f => f.Code == "instrument.pilot").Name);

        var member = await SearchAsync(analyst, "facetcount", "zh");
        Assert.Equal(4, member.GetProperty("total").GetInt32());
        Assert.Equal(2, Facets(member).Single(f => f.Code == "instrument.subsidy").Count);

        // A facet narrows the hits to the cases it tags.
        var pilots = await SearchAsync(anonymous, "facetcount", "zh", filter: "&f=tag:instrument.pilot");
        Assert.Equal(2, pilots.GetProperty("total").GetInt32());
        Assert.Equal(ids.Take(2).Order(StringComparer.Ordinal), pilots.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(2, Facets(pilots).Single(f => f.Code == "field.innovation-system").Count);

        // Other entities have no facets member.
        var people = await SearchAsync(anonymous, "facetcount", "zh", entity: "people");
        Assert.False(people.TryGetProperty("facets", out _));

        // The cases tab of the search page shows the same counts and narrows as the API does.
        var page = await anonymous.GetStringAsync("/?entity=cases&q=facetcount");
        foreach (var (code, count) in expected)
        {
            Assert.Contains($"data-code=\"{code}\" data-count=\"{count}\"", page, StringComparison.Ordinal);
        }

        var narrowed = await anonymous.GetStringAsync("/?entity=cases&q=facetcount&f=" + Uri.EscapeDataString("tag:instrument.pilot"));
        Assert.Matches("id=\"tab-cases\"[^>]*data-count=\"2\"", narrowed);
        Assert.Matches("data-code=\"instrument.pilot\" data-count=\"2\" aria-current=\"true\"", narrowed);
    }

    [Fact]
    public async Task A_tag_filter_stays_on_the_cases_tab_and_leaves_the_other_tabs_links()
    {
        var anonymous = _platform.CreateClient();
        var page = await anonymous.GetStringAsync("/?entity=cases&q=tabwart&f=" + Uri.EscapeDataString("tag:instrument.pilot"));

        // The cases tab keeps its narrowing; the works tab (and every other) lists what its count counts: no tag filter.
        Assert.Contains("tag", TabHref(page, "cases"), StringComparison.Ordinal);
        foreach (var other in new[] { "works", "people", "organisations", "projects", "outputs" })
        {
            var href = TabHref(page, other);
            Assert.Contains("q=tabwart", href, StringComparison.Ordinal);
            Assert.DoesNotContain("tag", href, StringComparison.Ordinal);
        }
    }

    private static string TabHref(string page, string tab)
    {
        var match = System.Text.RegularExpressions.Regex.Match(page, $"id=\"tab-{tab}\" href=\"([^\"]*)\"");
        Assert.True(match.Success, $"no {tab} tab");
        return match.Groups[1].Value;
    }

    private static async Task<JsonElement> SearchAsync(HttpClient client, string query, string lang, string entity = "cases", string filter = "")
    {
        var response = await client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(query)}&lang={lang}&entity={entity}{filter}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }

    private static List<(string Code, string Name, int Count)> Facets(JsonElement answer) =>
        [.. answer.GetProperty("facets").EnumerateArray().Select(f => (f.GetProperty("code").GetString()!, f.GetProperty("name").GetString()!, f.GetProperty("count").GetInt32()))];
}
