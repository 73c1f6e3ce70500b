using System.Net;
using System.Text.Json;
using Zhiku.Model;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Access;

/// <summary>
/// Who sees what, on every read path: role × access level × (search hits, totals, facet counts, work API, work page,
/// export, dashboard). Records are owned by the demo organisation, which names the partner as sharing partner; the
/// other read paths are in <see cref="AccessReadPathTests"/>.
/// </summary>
[Collection(AccessCollection.Name)]
public sealed class AccessMatrixTests(AccessPlatform factory)
{
    private readonly PlatformFactory _platform = factory.Seeded();

    /// <summary>The expected visibility: who (null = anonymous) may see a record at each level.</summary>
    public static TheoryData<string?, AccessLevel, bool> Matrix()
    {
        var data = new TheoryData<string?, AccessLevel, bool>();
        foreach (var user in new string?[] { null }.Concat(TestUsers.Names))
        {
            foreach (var level in Enum.GetValues<AccessLevel>())
            {
                data.Add(user, level, MaySee(user, level));
            }
        }

        return data;
    }

    internal static bool MaySee(string? user, AccessLevel level) => level switch
    {
        AccessLevel.Public => true,
        AccessLevel.Shared => user is "administrator" or "manager" or "analyst" or "expert" or "viewer" or "partner",
        AccessLevel.Internal => user is "administrator" or "manager" or "analyst" or "expert" or "viewer",
        AccessLevel.Restricted => user is "administrator" or "manager",
        _ => false,
    };

    private HttpClient Client(string? user) => user is null ? Http.Anonymous(_platform) : Http.WithToken(_platform, _platform.Users[user].Token);

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Search_hits_and_totals_follow_access(string? user, AccessLevel level, bool visible)
    {
        var json = JsonDocument.Parse(await Client(user).GetStringAsync("/api/v1/search?q=" + Probes.Marker(level))).RootElement;

        Assert.Equal(visible ? 1 : 0, json.GetProperty("total").GetInt32());
        Assert.Equal(visible, json.GetProperty("hits").EnumerateArray().Any(h => h.GetProperty("id").GetString() == _platform.ProbeIds[level]));
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Work_api_answers_404_for_what_the_caller_may_not_see(string? user, AccessLevel level, bool visible)
    {
        var response = await Client(user).GetAsync($"/api/v1/works/{_platform.ProbeIds[level]}");

        Assert.Equal(visible ? HttpStatusCode.OK : HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Work_page_answers_404_for_what_the_caller_may_not_see(string? user, AccessLevel level, bool visible)
    {
        var client = user is null ? Http.Anonymous(_platform) : await Http.SignedInAsync(_platform, user);

        var response = await client.GetAsync($"/works/{_platform.ProbeIds[level]}");

        Assert.Equal(visible ? HttpStatusCode.OK : HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(visible, (await response.Content.ReadAsStringAsync()).Contains(Probes.Marker(level), StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Exports_contain_only_what_the_caller_may_see(string? user, AccessLevel level, bool visible)
    {
        var ris = await Client(user).GetStringAsync("/api/v1/exports?format=ris&q=" + Uri.EscapeDataString("access probes"));

        Assert.Equal(visible, ris.Contains(Probes.Marker(level), StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Suggestions_offer_a_record_s_unique_keyword_only_to_who_may_see_it(string? user, AccessLevel level, bool visible)
    {
        var keyword = Probes.Keyword(level);

        var keywords = await SuggestedAsync(user, keyword[..^2]);
        var titleWords = await SuggestedAsync(user, Probes.Marker(level)[..^1]);

        Assert.Equal(visible, keywords.Contains(keyword));
        Assert.Equal(visible, titleWords.Contains(Probes.Marker(level)));
    }

    private async Task<List<string?>> SuggestedAsync(string? user, string prefix) =>
        [.. JsonDocument.Parse(await Client(user).GetStringAsync("/api/v1/suggest?q=" + Uri.EscapeDataString(prefix))).RootElement
            .GetProperty("suggestions").EnumerateArray().Select(s => s.GetProperty("text").GetString())];

    [Theory]
    [InlineData(null)]
    [InlineData("administrator")]
    [InlineData("manager")]
    [InlineData("analyst")]
    [InlineData("expert")]
    [InlineData("viewer")]
    [InlineData("partner")]
    [InlineData("stranger")]
    public async Task Totals_facet_counts_and_the_dashboard_count_only_visible_records(string? user)
    {
        var expected = Enum.GetValues<AccessLevel>().Where(l => MaySee(user, l)).Sum(l => _platform.Imported[l]);
        var client = Client(user);

        var search = JsonDocument.Parse(await client.GetStringAsync("/api/v1/search?q=*")).RootElement;
        var kinds = search.GetProperty("facets").GetProperty("kind").EnumerateObject().Sum(k => k.Value.GetInt32());
        var dashboard = JsonDocument.Parse(await client.GetStringAsync("/api/v1/dashboard")).RootElement;
        var probes = JsonDocument.Parse(await client.GetStringAsync("/api/v1/search?q=" + Uri.EscapeDataString("keyword:\"access probes\""))).RootElement;

        Assert.Equal(expected, search.GetProperty("total").GetInt32());
        Assert.Equal(expected, kinds);
        Assert.Equal(expected, dashboard.GetProperty("works").GetInt32());
        Assert.Equal(Enum.GetValues<AccessLevel>().Count(l => MaySee(user, l)), probes.GetProperty("facets").GetProperty("keyword").GetProperty("access probes").GetInt32());
    }
}
