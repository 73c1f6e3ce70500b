using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Cases;

/// <summary>
/// Cases (案例) through the real HTTP pipeline: <c>POST /api/v1/cases</c> with classification tags checked against the
/// standard, <c>GET /api/v1/cases/{id}</c>, the entity search, edits with revisions (409 when stale), history and
/// restore; and the standard itself at <c>/api/v1/classification</c>, which managers extend, rename and retire.
/// </summary>
[Collection(CasesCollection.Name)]
public sealed class CaseApiTests(CasesPlatform factory)
{
    private readonly CasesPlatform _platform = (CasesPlatform)factory.Seeded();

    private HttpClient Client(string user) => Http.WithToken(_platform, _platform.Users[user].Token);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private async Task<List<string>> FoundAsync(HttpClient client, string query) =>
        [.. (await JsonAsync(await client.GetAsync($"/api/v1/search?entity=cases&q={Uri.EscapeDataString(query)}"), HttpStatusCode.OK))
            .GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!)];

    private object PilotCase(string title, params string[] tags) => new
    {
        title,
        titleEn = "Rolling out the second batch of innovation reform measures",
        summary = "国务院办公厅将全面创新改革试验区的第二批改革举措推广到全国。",
        region = "全国",
        field = "科技体制改革",
        periodFrom = "2018",
        periodTo = "2019",
        actors = new[] { "国务院办公厅", "国家发展改革委" },
        measures = new[] { "知识产权保护", "科技成果转化激励" },
        results = "23 项改革举措在全国推广。",
        sources = new[] { "http://www.gov.cn/zhengce/content/2019-01/08/content_5355837.htm" },
        works = new[] { _platform.PolicyId },
        tags,
    };

    [Fact]
    public async Task An_analyst_creates_a_tagged_case_that_links_a_policy_and_is_found_by_its_words_and_its_terms()
    {
        var analyst = Client("analyst");

        var created = await JsonAsync(await analyst.PostAsJsonAsync("/api/v1/cases",
            PilotCase("推广第二批支持创新改革举措", "field.innovation-system", "instrument.pilot", "region.CN", "LEVEL.NATIONAL")), HttpStatusCode.Created);

        var id = created.GetProperty("id").GetString()!;
        Assert.StartsWith("C", id, StringComparison.Ordinal);
        var found = await JsonAsync(await analyst.GetAsync($"/api/v1/cases/{id}"), HttpStatusCode.OK);
        Assert.Equal("internal", found.GetProperty("access").GetString());
        Assert.Equal(["field.innovation-system", "instrument.pilot", "region.CN", "level.national"],
            found.GetProperty("record").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["创新体系与科技管理", "示范试点", "中国", "国家"], found.GetProperty("terms").EnumerateArray().Select(t => t.GetProperty("nameZh").GetString()));
        Assert.Equal(CasesPlatform.PolicyTitle, Assert.Single(found.GetProperty("works").EnumerateArray()).GetProperty("title").GetString());
        Assert.Equal([id], await FoundAsync(analyst, "\"推广第二批支持创新改革举措\""));
        Assert.Equal([id], await FoundAsync(analyst, "\"Pilots and demonstrations\""));
        Assert.Equal([id], await FoundAsync(analyst, "keyword:示范试点"));
        Assert.Empty(await FoundAsync(Http.Anonymous(_platform), "\"推广第二批支持创新改革举措\""));
        Assert.Equal(HttpStatusCode.NotFound, (await Http.Anonymous(_platform).GetAsync($"/api/v1/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client("stranger").GetAsync($"/api/v1/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client("stranger").GetAsync($"/api/v1/cases/{id}/history")).StatusCode);
        Assert.Empty(await FoundAsync(Client("stranger"), "\"推广第二批支持创新改革举措\""));
    }

    [Fact]
    public async Task A_case_hit_in_the_entity_search_counts_the_work_it_links_without_being_seen_through_it()
    {
        var analyst = Client("analyst");
        var created = await JsonAsync(await analyst.PostAsJsonAsync("/api/v1/cases", PilotCase("试点举措全国推广的计数案例", "instrument.pilot")), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString()!;

        var search = await JsonAsync(await analyst.GetAsync($"/api/v1/search?entity=cases&q={Uri.EscapeDataString("\"试点举措全国推广的计数案例\"")}"), HttpStatusCode.OK);

        var hit = Assert.Single(search.GetProperty("hits").EnumerateArray());
        Assert.Equal((id, 1), (hit.GetProperty("id").GetString(), hit.GetProperty("works").GetInt32()));
        // The linked policy is public; the internal case must not become visible through it.
        Assert.Empty(await FoundAsync(Http.Anonymous(_platform), "\"试点举措全国推广的计数案例\""));
        Assert.Empty(await FoundAsync(Client("stranger"), "\"试点举措全国推广的计数案例\""));
    }

    [Fact]
    public async Task Unknown_codes_hidden_works_and_a_reversed_period_are_named_in_the_reader_s_language()
    {
        var body = new { title = "虚构案例", tags = new[] { "instrument.magic", "instrument.tax" }, works = new[] { "W99999999" }, periodFrom = "2020", periodTo = "2018" };

        var zh = await JsonAsync(await Client("analyst").PostAsJsonAsync("/api/v1/cases", body), HttpStatusCode.BadRequest);
        var en = await JsonAsync(await Client("analyst").PostAsJsonAsync("/api/v1/cases?lang=en", body), HttpStatusCode.BadRequest);

        Assert.Equal("分类标签：“instrument.magic”不是案例分类标准中的代码；关联文献（文献编号，如 W12，每行一个）：“W99999999”不是知识库中的文献；结束年份：结束早于开始（2020 – 2018）",
            zh.GetProperty("detail").GetString());
        Assert.Equal(["Classification: 'instrument.magic' is not a code of the case classification standard"],
            en.GetProperty("errors").GetProperty("tags").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(await FoundAsync(Client("analyst"), "\"虚构案例\""));
        var good = await JsonAsync(await Client("analyst").PostAsJsonAsync("/api/v1/cases", new { title = "真实案例", tags = new[] { "instrument.tax" } }), HttpStatusCode.Created);
        Assert.Equal([good.GetProperty("id").GetString()!], await FoundAsync(Client("analyst"), "\"真实案例\""));
    }

    [Fact]
    public async Task A_stale_edit_answers_409_and_a_restored_version_is_what_the_search_finds()
    {
        var manager = Client("manager");
        var created = await JsonAsync(await manager.PostAsJsonAsync("/api/v1/cases", PilotCase("区域创新券试点", "instrument.subsidy", "region.CN-ZJ", "level.provincial")), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString()!;
        var revision = created.GetProperty("revision").GetInt64();
        var edited = await JsonAsync(await manager.PutAsJsonAsync($"/api/v1/cases/{id}", new { title = "长三角创新券通用通兑", tags = new[] { "instrument.subsidy", "region.CN-SH", "region.CN-ZJ", "level.provincial" }, revision }), HttpStatusCode.OK);

        var stale = await JsonAsync(await manager.PutAsJsonAsync($"/api/v1/cases/{id}?lang=en", new { results = "x", revision }), HttpStatusCode.Conflict);
        Assert.Equal("stale", stale.GetProperty("refusal").GetString());
        Assert.Equal(edited.GetProperty("revision").GetInt64(), stale.GetProperty("currentRevision").GetInt64());
        Assert.Equal([id], await FoundAsync(manager, "\"长三角创新券通用通兑\""));
        Assert.Equal([id], await FoundAsync(manager, "上海"));

        var restored = await JsonAsync(await manager.PostAsync($"/api/v1/cases/{id}/history/1/restore?revision={edited.GetProperty("revision").GetInt64()}", null), HttpStatusCode.OK);

        Assert.Equal(3, restored.GetProperty("version").GetInt32());
        Assert.Equal([id], await FoundAsync(manager, "\"区域创新券试点\""));
        Assert.Empty(await FoundAsync(manager, "\"长三角创新券通用通兑\""));
        var history = await JsonAsync(await manager.GetAsync($"/api/v1/cases/{id}/history"), HttpStatusCode.OK);
        Assert.Equal(["create", "edit", "restore"], history.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("action").GetString()));
        Assert.Equal(["title", "tags"], history.GetProperty("versions")[1].GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task The_default_standard_has_four_facets_with_china_s_provinces_and_the_three_instrument_types()
    {
        var json = await JsonAsync(await Http.Anonymous(_platform).GetAsync("/api/v1/classification"), HttpStatusCode.OK);
        var terms = json.GetProperty("terms").EnumerateArray().ToList();

        Assert.Equal(["field", "instrument", "region", "level"], json.GetProperty("facets").EnumerateArray().Select(f => f.GetString()));
        // The 34 provincial-level divisions of ISO 3166-2:CN, each under China.
        Assert.Equal(34, terms.Count(t => t.TryGetProperty("parent", out var p) && p.GetString() == "region.CN"));
        Assert.Equal(["供给型", "环境型", "需求型"], terms.Where(t => t.GetProperty("facet").GetString() == "instrument" && !(t.TryGetProperty("parent", out var p) && p.ValueKind == JsonValueKind.String))
            .Select(t => t.GetProperty("nameZh").GetString()));
        foreach (var (name, parent) in new[] { ("财政补贴", "instrument.supply"), ("人才政策", "instrument.supply"), ("税收优惠", "instrument.environment"), ("法规管制", "instrument.environment"), ("政府采购", "instrument.demand") })
        {
            Assert.Equal(parent, terms.Single(t => t.GetProperty("nameZh").GetString() == name).GetProperty("parent").GetString());
        }

        Assert.Equal(["国家", "省级", "市级", "县级"], terms.Where(t => t.GetProperty("facet").GetString() == "level").Select(t => t.GetProperty("nameZh").GetString()).Take(4));
    }

    [Fact]
    public async Task A_manager_adds_renames_and_retires_a_term_which_stays_on_the_cases_it_tags()
    {
        var manager = Client("manager");
        var term = new { facet = "instrument", code = "instrument.voucher", nameZh = "创新券", nameEn = "Innovation vouchers", parent = "instrument.demand" };
        Assert.Equal(HttpStatusCode.Forbidden, (await Client("analyst").PostAsJsonAsync("/api/v1/classification", term)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Http.Anonymous(_platform).PostAsJsonAsync("/api/v1/classification", term)).StatusCode);
        await JsonAsync(await manager.PostAsJsonAsync("/api/v1/classification", term), HttpStatusCode.Created);
        var taken = await JsonAsync(await manager.PostAsJsonAsync("/api/v1/classification?lang=en", term with { nameZh = "另一个" }), HttpStatusCode.BadRequest);
        Assert.Equal("Code: 'instrument.voucher' is already a term", taken.GetProperty("detail").GetString());
        var tagged = await JsonAsync(await Client("analyst").PostAsJsonAsync("/api/v1/cases", new { title = "苏州科技创新券", tags = new[] { "instrument.voucher" } }), HttpStatusCode.Created);
        var id = tagged.GetProperty("id").GetString()!;

        await JsonAsync(await manager.PutAsJsonAsync("/api/v1/classification/instrument.voucher", new { nameZh = "科技创新券服务" }), HttpStatusCode.OK);
        Assert.Equal([id], await FoundAsync(manager, "keyword:科技创新券服务"));
        await JsonAsync(await manager.PutAsJsonAsync("/api/v1/classification/instrument.voucher", new { retired = true }), HttpStatusCode.OK);

        var refused = await JsonAsync(await Client("analyst").PostAsJsonAsync("/api/v1/cases?lang=en", new { title = "无锡创新券", tags = new[] { "instrument.voucher" } }), HttpStatusCode.BadRequest);
        Assert.Equal(["Classification: 'instrument.voucher' is retired from the case classification standard and tags no new case"],
            refused.GetProperty("errors").GetProperty("tags").EnumerateArray().Select(e => e.GetString()));
        var kept = await JsonAsync(await Client("analyst").PutAsJsonAsync($"/api/v1/cases/{id}", new { summary = "面向中小企业的创新券", revision = tagged.GetProperty("revision").GetInt64() }), HttpStatusCode.OK);
        var found = await JsonAsync(await Client("analyst").GetAsync($"/api/v1/cases/{id}"), HttpStatusCode.OK);
        var shown = Assert.Single(found.GetProperty("terms").EnumerateArray());
        Assert.Equal(("科技创新券服务", true), (shown.GetProperty("nameZh").GetString(), shown.GetProperty("retired").GetBoolean()));
        Assert.Equal(2, kept.GetProperty("version").GetInt32());
        var listed = await JsonAsync(await Http.Anonymous(_platform).GetAsync("/api/v1/classification?facet=instrument&retired=false"), HttpStatusCode.OK);
        Assert.DoesNotContain("instrument.voucher", listed.GetProperty("terms").EnumerateArray().Select(t => t.GetProperty("code").GetString()));
    }
}
