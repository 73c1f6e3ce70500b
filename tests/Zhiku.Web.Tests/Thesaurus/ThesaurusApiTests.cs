using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Thesaurus;

/// <summary>
/// The keyword thesaurus over HTTP on ScientoPy's Scopus sample (the Internet of Things in six forms): curators propose,
/// add, accept and remove entries with a bearer token, everyone reads the accepted ones, and the co-word map of the
/// analysis API has one node where it had two. Own platform: entries change what other tests count.
/// </summary>
public sealed class ThesaurusApiTests : IClassFixture<PlatformFactory>
{
    private const string Query = "/api/v1/analytics/network?q=" + "keyword%3A%22internet%20of%20things%22&type=coword&top=400";

    private readonly PlatformFactory _platform;

    public ThesaurusApiTests(PlatformFactory platform)
    {
        _platform = platform.Seeded();
        var kb = platform.Services.GetRequiredService<KnowledgeBase>();
        if (kb.Read(Zhiku.Access.Caller.Owner).Search(new Zhiku.Search.SearchRequest { Query = "keyword:\"internet-of-things\"" }).Total == 0)
        {
            kb.Import([SharedData.Path("bibliographic/scopus/scientopy_2017.csv")], new ImportOptions { Owner = PlatformFactory.Demo, Access = AccessLevel.Public });
        }
    }

    private HttpClient Curator => Http.WithToken(_platform, _platform.Users["administrator"].Token);

    [Fact]
    public async Task An_added_pair_makes_two_nodes_of_the_coword_map_one_and_removing_it_brings_them_back()
    {
        Assert.Subset(await NodesAsync(), new HashSet<string> { "INTERNET OF THINGS", "INTERNET-OF-THINGS" });

        var added = await Curator.PostAsJsonAsync("/api/v1/thesaurus", new { variant = "Internet-of-Things", preferred = "INTERNET OF THINGS", kind = "spelling" });

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var entry = JsonDocument.Parse(await added.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(("accepted", "curator", "administrator"), (entry.GetProperty("status").GetString(), entry.GetProperty("origin").GetString(), entry.GetProperty("createdBy").GetString()));
        var after = await NodesAsync();
        Assert.Contains("INTERNET OF THINGS", after);
        Assert.DoesNotContain("INTERNET-OF-THINGS", after);
        var everyone = await Http.Anonymous(_platform).GetStringAsync("/api/v1/thesaurus");
        Assert.Contains("Internet-of-Things", everyone, StringComparison.Ordinal);
        Assert.Contains("Internet-of-Things\tINTERNET OF THINGS", await Http.Anonymous(_platform).GetStringAsync("/api/v1/thesaurus/export"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await Curator.DeleteAsync($"/api/v1/thesaurus/{entry.GetProperty("id").GetInt64()}")).StatusCode);
        Assert.Subset(await NodesAsync(), new HashSet<string> { "INTERNET OF THINGS", "INTERNET-OF-THINGS" });
    }

    [Fact]
    public async Task Proposals_are_for_curators_and_accepting_one_applies_it()
    {
        var viewer = Http.WithToken(_platform, _platform.Users["viewer"].Token);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync("/api/v1/thesaurus/proposals", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/api/v1/thesaurus?status=proposed")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Http.Anonymous(_platform).PostAsync("/api/v1/thesaurus/proposals", null)).StatusCode);

        var response = await Curator.PostAsync("/api/v1/thesaurus/proposals", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var proposed = JsonDocument.Parse(await Curator.GetStringAsync("/api/v1/thesaurus?status=proposed")).RootElement.GetProperty("entries").EnumerateArray().ToList();
        var thing = proposed.First(e => e.GetProperty("variant").GetString()!.Equals("INTERNET OF THING", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("rule:plural", thing.GetProperty("origin").GetString());
        Assert.True(thing.GetProperty("evidence")[0].GetProperty("works").GetInt32() >= 1);
        Assert.DoesNotContain("\"proposed\"", await viewer.GetStringAsync("/api/v1/thesaurus"), StringComparison.Ordinal);

        var accepted = await Curator.PostAsync($"/api/v1/thesaurus/{thing.GetProperty("id").GetInt64()}/accept", null);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.DoesNotContain(thing.GetProperty("variant").GetString()!.ToUpperInvariant(), await NodesAsync());
    }

    [Fact]
    public async Task A_bad_import_line_is_skipped_naming_the_line_in_the_readers_language_and_the_good_lines_go_in()
    {
        var body = new StringContent("label\treplace by\nIoT-sensor\tInternet of Things\nsmart city\n", Encoding.UTF8, "text/plain");

        var response = await Curator.PostAsync("/api/v1/thesaurus/import?lang=zh", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(1, json.GetProperty("imported").GetInt32());
        var skipped = Assert.Single(json.GetProperty("skipped").EnumerateArray());
        Assert.Equal((3, "bad-line"), (skipped.GetProperty("line").GetInt32(), skipped.GetProperty("code").GetString()));
        Assert.StartsWith("request body，第 3 行：每行应为两列", skipped.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("IoT-sensor\tInternet of Things", await Http.Anonymous(_platform).GetStringAsync("/api/v1/thesaurus/export"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_without_a_good_line_is_a_problem_naming_the_line_in_the_readers_language()
    {
        var body = new StringContent("label\treplace by\nsmart city\n", Encoding.UTF8, "text/plain");

        var response = await Curator.PostAsync("/api/v1/thesaurus/import?lang=zh", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(("无法完成叙词表操作", "bad-line"), (problem.GetProperty("title").GetString(), problem.GetProperty("code").GetString()));
        Assert.StartsWith("request body，第 2 行：每行应为两列", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_analyst_curates_the_thesaurus_through_the_api_as_on_the_page()
    {
        var analyst = Http.WithToken(_platform, _platform.Users["analyst"].Token);

        var added = await analyst.PostAsJsonAsync("/api/v1/thesaurus", new { variant = "smart-cities", preferred = "smart city", kind = "spelling" });

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var entry = JsonDocument.Parse(await added.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("analyst", entry.GetProperty("createdBy").GetString());
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync("/api/v1/thesaurus?status=proposed")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await analyst.DeleteAsync($"/api/v1/thesaurus/{entry.GetProperty("id").GetInt64()}")).StatusCode);
        var expert = Http.WithToken(_platform, _platform.Users["expert"].Token);
        Assert.Equal(HttpStatusCode.Forbidden, (await expert.PostAsJsonAsync("/api/v1/thesaurus", new { variant = "smart-cities", preferred = "smart city", kind = "spelling" })).StatusCode);
    }

    private async Task<HashSet<string>> NodesAsync()
    {
        var json = JsonDocument.Parse(await Curator.GetStringAsync(Query)).RootElement;
        return [.. json.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("label").GetString()!)];
    }
}
