using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.People;

/// <summary>
/// Author disambiguation over HTTP on the scientometrics sample (Glänzel as three people): curators list candidates,
/// merge and unmerge with a bearer token; problems name the ids in the reader's language. Own platform: merges change
/// the people other tests count.
/// </summary>
public sealed class PeopleCurationApiTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _platform;

    public PeopleCurationApiTests(PlatformFactory platform)
    {
        _platform = platform.Seeded();
        var kb = platform.Services.GetRequiredService<KnowledgeBase>();
        if (kb.Read(Zhiku.Access.Caller.Owner).Search(new Zhiku.Search.SearchRequest { Query = "author:Glanzel" }).Total == 0)
        {
            kb.Import([SharedData.Path("bibliographic/wos/bibliometrixdata_scientometrics.txt")], new ImportOptions { Owner = PlatformFactory.Demo, Access = AccessLevel.Public });
        }
    }

    private HttpClient Curator => Http.WithToken(_platform, _platform.Users["administrator"].Token);

    [Fact]
    public async Task A_curator_sees_the_Glanzel_variants_as_the_best_candidate_and_a_viewer_is_refused()
    {
        var json = JsonDocument.Parse(await Curator.GetStringAsync("/api/v1/people/candidates?limit=5")).RootElement;
        var first = json.GetProperty("candidates")[0];

        Assert.Equal("Glanzel, Wolfgang", first.GetProperty("keep").GetProperty("name").GetString());
        Assert.Equal("Glaenzel, Wolfgang", first.GetProperty("merge").GetProperty("name").GetString());
        Assert.Equal(1.0, first.GetProperty("score").GetDouble());
        Assert.Contains(first.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("kind").GetString() == "co-authors");
        Assert.Equal(HttpStatusCode.Forbidden, (await Http.WithToken(_platform, _platform.Users["viewer"].Token).GetAsync("/api/v1/people/candidates")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Http.Anonymous(_platform).GetAsync("/api/v1/people/candidates")).StatusCode);
    }

    [Fact]
    public async Task A_merge_shows_one_person_with_all_works_and_its_undoing_brings_both_back()
    {
        var candidate = JsonDocument.Parse(await Curator.GetStringAsync("/api/v1/people/candidates?limit=50")).RootElement.GetProperty("candidates")
            .EnumerateArray().First(c => c.GetProperty("merge").GetProperty("name").GetString() == "Chen, Dar-Zen");
        var keep = candidate.GetProperty("keep").GetProperty("id").GetString()!;
        var merged = candidate.GetProperty("merge").GetProperty("id").GetString()!;
        var works = await WorkCountAsync(keep) + await WorkCountAsync(merged);

        var response = await Curator.PostAsJsonAsync("/api/v1/people/merges", new { keep, merge = merged });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var merge = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("administrator", merge.GetProperty("mergedBy").GetString());
        Assert.Equal(works, await WorkCountAsync(keep));
        Assert.Equal(HttpStatusCode.NotFound, (await Curator.GetAsync($"/api/v1/people/{merged}")).StatusCode);

        var undo = await Curator.DeleteAsync($"/api/v1/people/merges/{merge.GetProperty("id").GetInt64()}");

        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        Assert.Equal(works, await WorkCountAsync(keep) + await WorkCountAsync(merged));
        var again = await Curator.DeleteAsync($"/api/v1/people/merges/{merge.GetProperty("id").GetInt64()}?lang=en");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains($"Merge {merge.GetProperty("id").GetInt64()} was undone already", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_person_is_a_problem_naming_it_in_the_readers_language()
    {
        var en = await Curator.PostAsJsonAsync("/api/v1/people/merges?lang=en", new { keep = "P1", merge = "P999999" });
        var zh = await Curator.PostAsJsonAsync("/api/v1/people/merges?lang=zh", new { keep = "P1", merge = "P999999" });

        Assert.Equal(HttpStatusCode.NotFound, en.StatusCode);
        var problem = JsonDocument.Parse(await en.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("There is no person P999999", problem.GetProperty("detail").GetString());
        Assert.Equal("person-not-found", problem.GetProperty("code").GetString());
        Assert.Contains("没有人员 P999999", await zh.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<int> WorkCountAsync(string person) =>
        JsonDocument.Parse(await Curator.GetStringAsync($"/api/v1/people/{person}")).RootElement.GetProperty("workCount").GetInt32();
}
