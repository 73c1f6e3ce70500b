using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhiku.Model;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Access;

/// <summary>
/// The read paths of expertise (issue 12): expert finding, a person's expertise profile and team assembly show an
/// author only to who may see the work that makes them an expert.
/// </summary>
[Collection(AccessCollection.Name)]
public sealed class AccessExpertPathTests(AccessPlatform factory)
{
    private readonly AccessPlatform _platform = (AccessPlatform)factory.Seeded();

    private HttpClient Client(string? user) => user is null ? Http.Anonymous(_platform) : Http.WithToken(_platform, _platform.Users[user].Token);

    private async Task<HttpClient> PageClientAsync(string? user) => user is null ? Http.Anonymous(_platform) : await Http.SignedInAsync(_platform, user);

    [Theory]
    [MemberData(nameof(AccessMatrixTests.Matrix), MemberType = typeof(AccessMatrixTests))]
    public async Task Experts_and_expertise_show_an_author_only_to_who_may_see_their_work(string? user, AccessLevel level, bool visible)
    {
        var client = Client(user);
        var author = _platform.AuthorIds[level];
        var topic = AccessPlatform.Authored(level);

        var experts = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/experts?q={topic}")).RootElement.GetProperty("experts");
        var profile = await client.GetAsync($"/api/v1/people/{author}/expertise");
        var team = await client.PostAsJsonAsync("/api/v1/experts/teams", new { need = topic, size = 2 });
        var members = JsonDocument.Parse(await team.Content.ReadAsStringAsync()).RootElement.GetProperty("members");

        Assert.Equal(visible, experts.EnumerateArray().Any(e => e.GetProperty("id").GetString() == author));
        Assert.Equal(visible ? HttpStatusCode.OK : HttpStatusCode.NotFound, profile.StatusCode);
        Assert.Equal(HttpStatusCode.OK, team.StatusCode);
        Assert.Equal(visible, members.EnumerateArray().Any(m => m.GetProperty("id").GetString() == author));
    }

    [Theory]
    [MemberData(nameof(AccessMatrixTests.Matrix), MemberType = typeof(AccessMatrixTests))]
    public async Task The_experts_page_the_team_form_and_the_person_profile_show_an_author_only_to_who_may_see_their_work(string? user, AccessLevel level, bool visible)
    {
        var client = await PageClientAsync(user);
        var author = _platform.AuthorIds[level];
        var topic = AccessPlatform.Authored(level);

        var experts = await client.GetStringAsync($"/experts?q={topic}&lang=en");
        var person = await client.GetAsync($"/people/{author}?lang=en");
        var token = await Http.AntiforgeryTokenAsync(client, "/experts/team?lang=en");
        var team = await client.PostAsync("/experts/team?lang=en", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Needs"] = topic,
            ["Size"] = "2",
            ["Within"] = "5",
            ["__RequestVerificationToken"] = token,
        }));
        var teamPage = await team.Content.ReadAsStringAsync();

        Assert.Equal(visible, experts.Contains($"data-person=\"{author}\"", StringComparison.Ordinal));
        Assert.Equal(visible, experts.Contains(topic + " report on author visibility", StringComparison.Ordinal));
        Assert.Equal(visible ? HttpStatusCode.OK : HttpStatusCode.NotFound, person.StatusCode);
        if (visible)
        {
            Assert.Contains("id=\"expertise\"", await person.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, team.StatusCode);
        Assert.Equal(visible, teamPage.Contains($"class=\"team-member\" data-person=\"{author}\"", StringComparison.Ordinal));
        Assert.Equal(!visible, teamPage.Contains("No experts were found for these needs.", StringComparison.Ordinal));
    }
}
