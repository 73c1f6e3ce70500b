using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Registry;

/// <summary>
/// <c>POST /api/v1/{people|organisations|projects}</c>, <c>PUT …/{id}</c>, <c>GET …/{id}/history</c> and
/// <c>POST …/{id}/history/{version}/restore</c> through the real HTTP pipeline: roles, revisions, problems in the
/// reader's language, and the search showing each saved state at once.
/// </summary>
[Collection(RegistryCollection.Name)]
public sealed class RegistryEditApiTests(RegistryPlatform factory)
{
    private readonly RegistryPlatform _platform = (RegistryPlatform)factory.Seeded();

    private HttpClient Client(string user) => Http.WithToken(_platform, _platform.Users[user].Token);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private async Task<List<string>> FoundAsync(HttpClient client, string entity, string query) =>
        [.. (await JsonAsync(await client.GetAsync($"/api/v1/search?entity={entity}&q={Uri.EscapeDataString(query)}"), HttpStatusCode.OK))
            .GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!)];

    [Fact]
    public async Task An_analyst_creates_edits_and_restores_a_person_and_the_search_shows_each_state()
    {
        var analyst = Client("analyst");

        var created = await JsonAsync(await analyst.PostAsJsonAsync("/api/v1/people", new { name = "钱学勤", nameEn = "Qian Xueqin", affiliations = new[] { "中国科学院" } }), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal([id], await FoundAsync(analyst, "people", "\"Qian Xueqin\""));
        var edited = await JsonAsync(await analyst.PutAsJsonAsync($"/api/v1/people/{id}", new { nameEn = "Xueqin Qian", revision = created.GetProperty("revision").GetInt64() }), HttpStatusCode.OK);
        Assert.Equal(2, edited.GetProperty("version").GetInt32());
        Assert.Equal([id], await FoundAsync(analyst, "people", "\"Xueqin Qian\""));
        Assert.Empty(await FoundAsync(analyst, "people", "\"Qian Xueqin\""));

        var restored = await JsonAsync(await analyst.PostAsync($"/api/v1/people/{id}/history/1/restore?revision={edited.GetProperty("revision").GetInt64()}", null), HttpStatusCode.OK);

        Assert.Equal(3, restored.GetProperty("version").GetInt32());
        Assert.Equal([id], await FoundAsync(analyst, "people", "\"Qian Xueqin\""));
        var person = await JsonAsync(await analyst.GetAsync($"/api/v1/people/{id}"), HttpStatusCode.OK);
        Assert.Equal("Qian Xueqin", person.GetProperty("record").GetProperty("nameEn").GetString());
        var history = await JsonAsync(await analyst.GetAsync($"/api/v1/people/{id}/history"), HttpStatusCode.OK);
        var versions = history.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(["create", "edit", "restore"], versions.Select(v => v.GetProperty("action").GetString()));
        Assert.All(versions, v => Assert.Equal("analyst", v.GetProperty("author").GetString()));
        var change = versions[1].GetProperty("changes")[0];
        Assert.Equal(("nameEn", "Qian Xueqin", "Xueqin Qian"), (change.GetProperty("field").GetString(), change.GetProperty("before").GetString(), change.GetProperty("after").GetString()));
        Assert.Equal(restored.GetProperty("revision").GetInt64(), history.GetProperty("revision").GetInt64());
    }

    [Fact]
    public async Task A_stale_edit_answers_409_with_the_current_revision()
    {
        var manager = Client("manager");
        var created = await JsonAsync(await manager.PostAsJsonAsync("/api/v1/projects", new { title = "区域科技政策评估", start = "2025" }), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString()!;
        var revision = created.GetProperty("revision").GetInt64();
        var first = await JsonAsync(await manager.PutAsJsonAsync($"/api/v1/projects/{id}", new { status = "进行中", revision }), HttpStatusCode.OK);

        var stale = await JsonAsync(await manager.PutAsJsonAsync($"/api/v1/projects/{id}?lang=en", new { status = "已结题", revision }), HttpStatusCode.Conflict);

        Assert.Equal("stale", stale.GetProperty("refusal").GetString());
        Assert.Equal(first.GetProperty("revision").GetInt64(), stale.GetProperty("currentRevision").GetInt64());
        Assert.Equal("The record changed while you edited it: open it again and repeat your edit.", stale.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Invalid_values_are_named_field_by_field_in_the_reader_s_language()
    {
        var body = new { name = "", email = "no-address", url = "ftp://x" };

        var zh = await JsonAsync(await Client("analyst").PostAsJsonAsync("/api/v1/organisations", new { name = "", url = "ftp://example.org" }), HttpStatusCode.BadRequest);
        var en = await JsonAsync(await Client("analyst").PostAsJsonAsync("/api/v1/people?lang=en", body), HttpStatusCode.BadRequest);

        Assert.Equal("姓名/名称（中文）：必须填写；网址：“ftp://example.org”不是 http(s) 网址", zh.GetProperty("detail").GetString());
        Assert.Equal("The record was not saved", en.GetProperty("title").GetString());
        Assert.Equal(["Name (Chinese or original): a value is required"], en.GetProperty("errors").GetProperty("name").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["E-mail: 'no-address' is not an e-mail address"], en.GetProperty("errors").GetProperty("email").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["url: not a field of this record"], en.GetProperty("errors").GetProperty("url").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Anonymous_callers_get_401_and_readers_403()
    {
        var person = new { name = "无名氏" };

        Assert.Equal(HttpStatusCode.Unauthorized, (await Http.Anonymous(_platform).PostAsJsonAsync("/api/v1/people", person)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client("viewer").PostAsJsonAsync("/api/v1/people", person)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client("expert").PutAsJsonAsync("/api/v1/people/P1", new { name = "x", revision = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Http.Anonymous(_platform).GetAsync("/api/v1/people/P1/history")).StatusCode);
    }

    [Fact]
    public async Task Only_managers_widen_access_and_other_organisations_do_not_edit_a_public_record()
    {
        var created = await JsonAsync(await Client("analyst").PostAsJsonAsync("/api/v1/people", new { name = "孙可", nameEn = "Sun Ke", access = "internal" }), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString()!;
        var revision = created.GetProperty("revision").GetInt64();

        var widening = await JsonAsync(await Client("analyst").PutAsJsonAsync($"/api/v1/people/{id}?lang=en", new { access = "public", revision }), HttpStatusCode.Forbidden);
        var published = await JsonAsync(await Client("manager").PutAsJsonAsync($"/api/v1/people/{id}", new { access = "public", revision }), HttpStatusCode.OK);
        var foreign = await JsonAsync(await Client("uploader").PutAsJsonAsync($"/api/v1/people/{id}?lang=en", new { title = "x", revision = published.GetProperty("revision").GetInt64() }), HttpStatusCode.Forbidden);

        Assert.Equal("accessWidening", widening.GetProperty("refusal").GetString());
        Assert.Equal("notYours", foreign.GetProperty("refusal").GetString());
        Assert.Equal([id], await FoundAsync(Http.Anonymous(_platform), "people", "\"Sun Ke\""));
        Assert.Equal(HttpStatusCode.NotFound, (await Client("stranger").GetAsync("/api/v1/people/P999999/history")).StatusCode);
    }
}
