using System.Net;
using System.Text.Json;
using Zhiku.Model;
using Zhiku.Storage;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Access;

/// <summary>
/// Who sees what on the read paths beyond works: records of one paper at two access levels (never merged), people
/// created from the authors of works at every level, registered people, organisations and projects, analyses and
/// reports, and the dashboard's counts.
/// </summary>
[Collection(AccessCollection.Name)]
public sealed class AccessReadPathTests(AccessPlatform factory)
{
    private static readonly string[] ExportFormats = ["ris", "bibtex", "csljson", "csv", "jsonl"];

    private readonly AccessPlatform _platform = (AccessPlatform)factory.Seeded();

    public static TheoryData<string?> Users()
    {
        var data = new TheoryData<string?> { (string?)null };
        foreach (var user in TestUsers.Names)
        {
            data.Add(user);
        }

        return data;
    }

    private HttpClient Client(string? user) => user is null ? Http.Anonymous(_platform) : Http.WithToken(_platform, _platform.Users[user].Token);

    private async Task<HttpClient> PageClientAsync(string? user) => user is null ? Http.Anonymous(_platform) : await Http.SignedInAsync(_platform, user);

    private static bool HasSecret(string text) => text.Contains(AccessPlatform.Secret, StringComparison.OrdinalIgnoreCase);

    [Theory]
    [MemberData(nameof(Users))]
    public async Task A_public_and_a_restricted_record_of_one_paper_stay_apart_on_every_read_path(string? user)
    {
        var client = Client(user);
        var visible = AccessMatrixTests.MaySee(user, AccessLevel.Restricted);
        var query = Uri.EscapeDataString(AccessPlatform.TwinQuery);

        var twins = await client.GetStringAsync("/api/v1/search?q=" + query);
        var open = JsonDocument.Parse(await client.GetStringAsync("/api/v1/search?q=" + AccessPlatform.Open)).RootElement;
        var secret = JsonDocument.Parse(await client.GetStringAsync("/api/v1/search?q=" + AccessPlatform.Secret)).RootElement;
        var suggestions = await client.GetStringAsync("/api/v1/suggest?q=zktwinsec");
        var summary = JsonDocument.Parse(await client.GetStringAsync("/api/v1/analytics/summary?q=" + query)).RootElement;

        Assert.Equal(visible ? 4 : 2, JsonDocument.Parse(twins).RootElement.GetProperty("total").GetInt32());
        Assert.Equal(visible, HasSecret(twins));
        Assert.Equal(2, open.GetProperty("total").GetInt32());
        Assert.Equal(2, open.GetProperty("facets").GetProperty("keyword").GetProperty(AccessPlatform.Open).GetInt32());
        Assert.False(HasSecret(open.ToString()));
        Assert.Equal(visible ? 2 : 0, secret.GetProperty("total").GetInt32());
        Assert.Equal(visible, HasSecret(suggestions));
        Assert.Equal(visible ? 4 : 2, summary.GetProperty("documents").GetInt32());
        foreach (var format in ExportFormats)
        {
            var export = await client.GetStringAsync($"/api/v1/exports?format={format}&q={query}");
            Assert.True(visible == HasSecret(export), $"{format} export shows the restricted record's values: {!visible}");
            Assert.Contains(AccessPlatform.Open, export, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Users))]
    public async Task The_public_record_s_work_page_api_and_provenance_hold_nothing_of_the_restricted_record(string? user)
    {
        var api = Client(user);
        var pages = await PageClientAsync(user);

        foreach (var id in _platform.OpenTwinIds)
        {
            var json = await api.GetStringAsync($"/api/v1/works/{id}");
            var page = await pages.GetStringAsync($"/works/{id}");

            Assert.Contains(AccessPlatform.Open, json, StringComparison.Ordinal);
            Assert.False(HasSecret(json), json);
            Assert.False(HasSecret(page));
            Assert.DoesNotContain("-secret.ris", json, StringComparison.Ordinal);
            Assert.DoesNotContain("-secret.ris", page, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Users))]
    public async Task An_author_of_both_records_shows_the_restricted_affiliation_only_to_who_may_see_it(string? user)
    {
        var visible = AccessMatrixTests.MaySee(user, AccessLevel.Restricted);

        var json = await Client(user).GetStringAsync($"/api/v1/people/{_platform.TwinAuthorId}");
        var page = await (await PageClientAsync(user)).GetStringAsync($"/people/{_platform.TwinAuthorId}");

        Assert.Equal(visible ? 4 : 2, JsonDocument.Parse(json).RootElement.GetProperty("workCount").GetInt32());
        Assert.Equal(visible, HasSecret(json));
        Assert.Equal(visible, HasSecret(page));
    }

    [Theory]
    [MemberData(nameof(AccessMatrixTests.Matrix), MemberType = typeof(AccessMatrixTests))]
    public async Task People_organisations_and_projects_answer_404_for_what_the_caller_may_not_see(string? user, AccessLevel level, bool visible)
    {
        var api = Client(user);
        var pages = await PageClientAsync(user);
        var expected = visible ? HttpStatusCode.OK : HttpStatusCode.NotFound;

        foreach (var (kind, id) in new[]
        {
            ("people", _platform.AuthorIds[level]),
            ("people", _platform.RegisteredPersonIds[level]),
            ("organisations", _platform.OrganisationIds[level]),
            ("projects", _platform.ProjectIds[level]),
            ("cases", _platform.CaseIds[level]),
        })
        {
            Assert.True(expected == (await api.GetAsync($"/api/v1/{kind}/{id}")).StatusCode, $"/api/v1/{kind}/{id}");
            Assert.True(expected == (await pages.GetAsync($"/{kind}/{id}")).StatusCode, $"/{kind}/{id}");
            // The history of a record (s7-registry): signed-in callers who may see the record; anonymous visitors sign in first.
            var history = (await api.GetAsync($"/api/v1/{kind}/{id}/history")).StatusCode;
            Assert.True((user is null ? HttpStatusCode.Unauthorized : expected) == history, $"/api/v1/{kind}/{id}/history: {history}");
        }
    }

    [Theory]
    [MemberData(nameof(AccessMatrixTests.Matrix), MemberType = typeof(AccessMatrixTests))]
    public async Task Entity_search_finds_people_organisations_and_projects_only_for_who_may_see_them(string? user, AccessLevel level, bool visible)
    {
        var name = AccessLevels.Name(level);
        foreach (var (entity, query, id) in new[]
        {
            ("people", $"Zkauthor{name}", _platform.AuthorIds[level]),
            ("people", $"Zkregistered{name}", _platform.RegisteredPersonIds[level]),
            ("organisations", $"Zkorg{name}", _platform.OrganisationIds[level]),
            ("projects", $"Zkproject{name}", _platform.ProjectIds[level]),
            ("cases", $"Zkcase{name}", _platform.CaseIds[level]),
        })
        {
            var json = JsonDocument.Parse(await Client(user).GetStringAsync($"/api/v1/search?entity={entity}&q={query}")).RootElement;

            Assert.True(visible == json.GetProperty("hits").EnumerateArray().Any(h => h.GetProperty("id").GetString() == id), $"{entity} {query}");
            Assert.Equal(visible ? 1 : 0, json.GetProperty("total").GetInt32());
        }
    }

    [Theory]
    [MemberData(nameof(AccessMatrixTests.Matrix), MemberType = typeof(AccessMatrixTests))]
    public async Task Outputs_their_traces_their_search_and_their_conversion_answer_only_for_who_may_see_their_works(string? user, AccessLevel level, bool visible)
    {
        var api = Client(user);
        var name = AccessLevels.Name(level);
        var id = _platform.OutputIds[level];

        var output = await api.GetAsync($"/api/v1/outputs/{id}");
        var history = await api.GetAsync($"/api/v1/outputs/{id}/history");
        var search = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/search?entity=outputs&q=Zkoutput{name}")).RootElement;
        var conversion = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/analytics/conversion?by=year&q=Zkoutput{name}")).RootElement;

        Assert.Equal(visible ? HttpStatusCode.OK : HttpStatusCode.NotFound, output.StatusCode);
        Assert.Equal(visible ? HttpStatusCode.OK : HttpStatusCode.NotFound, history.StatusCode);
        Assert.Equal(visible ? HttpStatusCode.OK : HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/outputs/{id}/traces")).StatusCode);
        Assert.Equal(visible ? 1 : 0, search.GetProperty("total").GetInt32());
        Assert.Equal(visible, search.GetProperty("hits").EnumerateArray().Any(h => h.GetProperty("id").GetString() == id));
        Assert.Equal("over submitted outputs", conversion.GetProperty("rates").GetString());
        Assert.Equal(visible ? 1 : 0, conversion.GetProperty("total").GetProperty("submitted").GetInt32());
        Assert.Equal(visible ? 1 : 0, conversion.GetProperty("rows").GetArrayLength());

        // The output page and the conversion dashboard (issue 13) answer like the API.
        var pages = await PageClientAsync(user);
        var page = await pages.GetAsync($"/outputs/{id}");
        var dashboard = await pages.GetStringAsync($"/conversion?by=year&q=Zkoutput{name}");
        Assert.Equal(visible ? HttpStatusCode.OK : HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains($"id=\"count-submitted\">{(visible ? 1 : 0)}</span>", dashboard, StringComparison.Ordinal);
        Assert.Equal(visible, dashboard.Contains("id=\"conversion-table\"", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(AccessMatrixTests.Matrix), MemberType = typeof(AccessMatrixTests))]
    public async Task A_public_organisation_lists_an_affiliated_author_only_where_the_author_s_work_is_visible(string? user, AccessLevel level, bool visible)
    {
        var json = await Client(user).GetStringAsync($"/api/v1/organisations/{_platform.AffiliationIds[level]}");
        var page = await (await PageClientAsync(user)).GetStringAsync($"/organisations/{_platform.AffiliationIds[level]}");

        Assert.Equal(visible, json.Contains($"\"{_platform.AuthorIds[level]}\"", StringComparison.Ordinal));
        Assert.Equal(visible, page.Contains($"/people/{_platform.AuthorIds[level]}\"", StringComparison.Ordinal));
        Assert.Equal(visible ? 1 : 0, JsonDocument.Parse(json).RootElement.GetProperty("memberWorkCount").GetInt32());
    }

    [Theory]
    [MemberData(nameof(AccessMatrixTests.Matrix), MemberType = typeof(AccessMatrixTests))]
    public async Task Analyses_and_reports_include_a_work_only_for_who_may_see_it(string? user, AccessLevel level, bool visible)
    {
        var client = Client(user);
        var query = Uri.EscapeDataString("access probes");

        var summary = JsonDocument.Parse(await client.GetStringAsync("/api/v1/analytics/summary?q=" + AccessPlatform.Authored(level))).RootElement;
        var network = await client.GetStringAsync($"/api/v1/analytics/network?q={query}&occurrences=1");
        var authored = Uri.EscapeDataString(string.Join(" OR ", Enum.GetValues<AccessLevel>().Select(AccessPlatform.Authored)));
        var report = await client.GetStringAsync($"/api/v1/analytics/report?q={authored}&format=html&lang=en");

        Assert.Equal(visible ? 1 : 0, summary.GetProperty("documents").GetInt32());
        Assert.Equal(visible, network.Contains(Probes.Keyword(level), StringComparison.OrdinalIgnoreCase));
        Assert.Equal(visible, report.Contains("zkauthor" + AccessLevels.Name(level), StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(Users))]
    public async Task The_dashboard_counts_exactly_the_authors_of_visible_works_and_the_visible_registered_people(string? user)
    {
        var client = Client(user);
        var hits = JsonDocument.Parse(await client.GetStringAsync("/api/v1/search?q=*&limit=1000")).RootElement.GetProperty("hits");
        var people = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hit in hits.EnumerateArray())
        {
            var work = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/works/{hit.GetProperty("id").GetString()}")).RootElement;
            people.UnionWith(work.GetProperty("authorships").EnumerateArray().Select(a => a.GetProperty("personId").GetString()).OfType<string>());
        }

        var registered = Enum.GetValues<AccessLevel>().Count(l => AccessMatrixTests.MaySee(user, l));
        var dashboard = JsonDocument.Parse(await client.GetStringAsync("/api/v1/dashboard")).RootElement;

        Assert.Equal(people.Count + registered, dashboard.GetProperty("entities").GetProperty("people").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Users))]
    public async Task The_dashboard_s_projects_by_stage_count_exactly_the_projects_the_caller_may_see(string? user)
    {
        var counted = JsonDocument.Parse(await Client(user).GetStringAsync("/api/v1/dashboard")).RootElement.GetProperty("entities").GetProperty("projects").GetInt32();
        var page = await (await PageClientAsync(user)).GetStringAsync("/dashboard");

        var byStage = System.Text.RegularExpressions.Regex.Matches(page, "<tr data-stage=\"[^\"]*\"><td>[^<]*</td><td class=\"num\">([0-9]+)</td>")
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(5, byStage.Count);
        Assert.Equal(counted, byStage.Sum());
        Assert.True(counted >= Enum.GetValues<AccessLevel>().Count(l => AccessMatrixTests.MaySee(user, l)), $"{counted} projects");
    }

    [Theory]
    [MemberData(nameof(Users))]
    public async Task Candidate_merges_of_people_are_for_curators_and_name_only_people_they_may_see(string? user)
    {
        var response = await Client(user).GetAsync("/api/v1/people/candidates?minScore=0&limit=1000");
        var curator = user is not null && _platform.Users[user].Role is Zhiku.Accounts.UserRole.Administrator or Zhiku.Accounts.UserRole.Manager;

        Assert.Equal(user is null ? HttpStatusCode.Unauthorized : curator ? HttpStatusCode.OK : HttpStatusCode.Forbidden, response.StatusCode);
        if (curator)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.Equal(AccessMatrixTests.MaySee(user, AccessLevel.Restricted) && HasSecret(text), HasSecret(text));
            // A change needs a bearer token: a signed-in cookie alone cannot merge (no cross-site forgery).
            Assert.False((await (await PageClientAsync(user)).PostAsync("/api/v1/people/merges", null)).IsSuccessStatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Users))]
    public async Task The_accepted_thesaurus_is_for_every_reader_and_its_proposals_for_curators_only(string? user)
    {
        var accepted = await Client(user).GetAsync("/api/v1/thesaurus");
        var export = await Client(user).GetAsync("/api/v1/thesaurus/export");
        var proposed = await Client(user).GetAsync("/api/v1/thesaurus?status=proposed");
        // The roles the /thesaurus page lets curate; each sees the proposals drawn from the works they may read.
        var curator = user is not null && _platform.Users[user].Role is Zhiku.Accounts.UserRole.Administrator or Zhiku.Accounts.UserRole.Manager or Zhiku.Accounts.UserRole.Analyst;

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (accepted.StatusCode, export.StatusCode));
        Assert.Equal(curator ? HttpStatusCode.OK : HttpStatusCode.Forbidden, proposed.StatusCode);
        if (curator)
        {
            Assert.Equal(AccessMatrixTests.MaySee(user, AccessLevel.Restricted) && HasSecret(await proposed.Content.ReadAsStringAsync()), HasSecret(await proposed.Content.ReadAsStringAsync()));
        }

        // A change needs a bearer token of a curator.
        Assert.False((await (await PageClientAsync(user)).PostAsync("/api/v1/thesaurus/proposals", null)).IsSuccessStatusCode);
    }

    [Theory]
    [MemberData(nameof(Users))]
    public async Task The_thesaurus_page_shows_every_reader_the_accepted_entries_and_curators_the_proposals_of_what_they_may_read(string? user)
    {
        var client = await PageClientAsync(user);
        var response = await client.GetAsync("/thesaurus");
        var html = await response.Content.ReadAsStringAsync();
        var curator = user is not null && _platform.Users[user].Role is Zhiku.Accounts.UserRole.Administrator or Zhiku.Accounts.UserRole.Manager or Zhiku.Accounts.UserRole.Analyst;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"entries\"", html, StringComparison.Ordinal);
        Assert.Equal(curator, html.Contains("id=\"proposals\"", StringComparison.Ordinal));
        Assert.Equal(AccessMatrixTests.MaySee(user, AccessLevel.Restricted) && HasSecret(html), HasSecret(html));
        // A change needs the form's antiforgery token, and a reader who does not curate cannot make one.
        Assert.False((await client.PostAsync("/thesaurus?handler=Propose", null)).IsSuccessStatusCode);
    }
}
