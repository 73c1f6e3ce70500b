using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Web.Tests.Browser;
using Zhiku.Web.Tests.Evaluation;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Design;

/// <summary>
/// The browser platform with what every page needs to show real data (a stored evaluation run, an import job, the ids
/// of a work, a person, an organisation and a project) and one page per language for the administrator and for an
/// anonymous visitor, reused across the tour.
/// </summary>
public sealed partial class TourPlatform : IAsyncLifetime
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Lang, bool Admin), Lazy<Task<IPage>>> _pages = new();

    public BrowserPlatform Platform { get; } = new();

    /// <summary>The tour's screenshots: artifacts/screenshots/tour/{page}-{width}-{lang}.png.</summary>
    public static string Screenshots { get; } = Path.Combine(BrowserPlatform.Screenshots, "tour");

    public Dictionary<string, string> Ids { get; } = new(StringComparer.Ordinal);

    public async Task InitializeAsync()
    {
        await Platform.InitializeAsync();
        Directory.CreateDirectory(Screenshots);
        var kb = Platform.Services.GetRequiredService<KnowledgeBase>();

        // A project (Zhiku's projects template) and the State Council's 2019 policies, so the portal and the project page show real rows.
        var projects = Path.Combine(Platform.FilesRoot, "projects.csv");
        await File.WriteAllTextAsync(projects, "项目名称,项目编号,委托单位,负责人,成员,开始日期,结束日期,状态\n新型研发机构评估研究,ZK-2024-017,科学技术部,王明,李华、张伟,2024-03-01,2025-02-28,在研\n");
        kb.Import([projects, SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl")], new ImportOptions { Owner = PlatformFactory.Demo, Access = AccessLevel.Public });
        Ids["work"] = kb.Read(Zhiku.Access.Caller.Owner).Search(new Zhiku.Search.SearchRequest { Query = "electromagnetic" }).Hits[0].Id;
        // The platform listens on a real port: a plain client with the administrator's token.
        using var admin = new HttpClient { BaseAddress = new Uri(Platform.Address + "/") };
        admin.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Platform.Users["administrator"].Token);
        var work = await admin.GetStringAsync($"/works/{Ids["work"]}");
        Ids["person"] = PersonLink().Match(work).Groups[1].Value;
        Ids["organisation"] = OrganisationLink().Match(work).Groups[1].Value;
        Ids["project"] = await FirstProjectAsync(admin);
        Ids["case"] = await CaseAsync(admin, kb);
        Ids["output"] = SeedOutput(kb, Ids["project"]);
        using (var asem = EvaluationUploads.Asem())
        {
            var run = await admin.PostAsync("/api/v1/evaluations/run", asem);
            Ids["run"] = JsonDocument.Parse(await run.Content.ReadAsStringAsync()).RootElement.GetProperty("runId").GetString()!;
        }


        Ids["job"] = await ImportJobAsync(admin);
        Ids["consultation"] = await ConsultationAsync(admin, Ids["person"], Ids["project"]);
    }

    /// <summary>The page of the administrator (signed in once) or of an anonymous visitor, in zh or en.</summary>
    public Task<IPage> PageAsync(string lang, bool admin) =>
        _pages.GetOrAdd((lang, admin), key => new Lazy<Task<IPage>>(() => OpenAsync(key.Lang, key.Admin))).Value;

    private async Task<IPage> OpenAsync(string lang, bool admin)
    {
        var context = await Platform.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Platform.Address, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = "zhiku-lang", Value = lang, Url = Platform.Address }]);
        var page = await context.NewPageAsync();
        if (admin)
        {
            await page.GotoAsync("/account/signin");
            await page.FillAsync("#user-name", "administrator");
            await page.FillAsync("#password", TestUsers.Password);
            await page.ClickAsync("#signin-button");
            await page.WaitForSelectorAsync("#signed-in-user");
        }

        return page;
    }

    public string Fill(string path) => Regex.Replace(path, "\\{([a-z]+)\\}", m => Ids[m.Groups[1].Value]);

    public async Task DisposeAsync() => await Platform.DisposeAsync();

    // A case drawn from one of the State Council's policies, tagged in all four facets and edited once, so its history has a change.
    private static async Task<string> CaseAsync(HttpClient admin, KnowledgeBase kb)
    {
        var policy = kb.Read(Zhiku.Access.Caller.Owner).Search(new Zhiku.Search.SearchRequest { Query = "title:\"推广第二批支持创新相关改革举措\"" }).Hits[0].Id;
        var created = await admin.PostAsJsonAsync("/api/v1/cases", new
        {
            title = "推广第二批支持创新相关改革举措",
            titleEn = "Rolling out the second batch of innovation reform measures",
            summary = "国务院办公厅将全面创新改革试验区形成的改革举措推广到全国。",
            periodFrom = "2018",
            actors = new[] { "国务院办公厅" },
            measures = new[] { "知识产权保护", "科技成果转化激励" },
            sources = new[] { "http://www.gov.cn/zhengce/content/2019-01/08/content_5355837.htm" },
            works = new[] { policy },
            tags = new[] { "field.innovation-system", "instrument.pilot", "region.CN", "level.national" },
            access = "public",
        });
        var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var id = json.GetProperty("id").GetString()!;
        (await admin.PutAsJsonAsync($"/api/v1/cases/{id}", new { periodTo = "2019", revision = json.GetProperty("revision").GetInt64() })).EnsureSuccessStatusCode();
        return id;
    }

    // A consultation (issue 16) in its second round with the administrator on its panel: the owner's page shows round
    // 1's statistics, the answering page its feedback, the report its charts.
    private static async Task<string> ConsultationAsync(HttpClient admin, string person, string project)
    {
        async Task<JsonElement> PostAsync(string path, object? body)
        {
            var response = await admin.PostAsJsonAsync(path, body);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{path}: {text}");
            return JsonDocument.Parse(text).RootElement;
        }

        var id = (await PostAsync("/api/v1/consultations", new { topic = "新型研发机构评价指标德尔菲咨询", description = "请就评价指标的重要性和实施时间作出判断。", rule = "iqr<=1", project })).GetProperty("id").GetInt64();
        await PostAsync($"/api/v1/consultations/{id}/panel", new { person, user = "administrator", acceptConflict = true });
        object[] items =
        [
            new { kind = "likert", text = "应将成果转化收益纳入新型研发机构评价", scale = 5 },
            new { kind = "likert", text = "评价应以三年为一个周期", scale = 5 },
            new { kind = "numeric", text = "过半数新型研发机构实现自我造血的年份", unit = "年", min = 2020, max = 2100 },
            new { kind = "ranking", text = "请对以下评价维度排序", options = new[] { "创新能力", "成果转化", "体制机制" } },
            new { kind = "pairwise", text = "请两两比较以下准则的重要性", options = new[] { "科研产出", "产业贡献", "人才培养" } },
            new { kind = "comment", text = "其他意见" },
        ];
        foreach (var item in items)
        {
            await PostAsync($"/api/v1/consultations/{id}/items", item);
        }

        await PostAsync($"/api/v1/consultations/{id}/rounds", null);
        await PostAsync($"/api/v1/consultations/{id}/answers", new
        {
            answers = new object[]
            {
                new { item = 1, value = 4, comment = "转化收益应按领域区分" },
                new { item = 2, value = 3 },
                new { item = 3, value = 2035, confidence = 60 },
                new { item = 4, order = new[] { 2, 1, 3 } },
                new { item = 5, judgements = new[] { 2.0, 3.0, 2.0 } },
                new { item = 6, comment = "建议增加国际比较。" },
            },
        });
        await PostAsync($"/api/v1/consultations/{id}/rounds/close", null);
        await PostAsync($"/api/v1/consultations/{id}/rounds", null);
        return id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> FirstProjectAsync(HttpClient admin)
    {
        // Project ids are R + a number; the seeded files fund a few.
        for (var n = 1; n <= 50; n++)
        {
            if ((await admin.GetAsync($"/api/v1/projects/R{n}")).StatusCode == HttpStatusCode.OK)
            {
                return $"R{n}";
            }
        }

        throw new InvalidOperationException("the seeded platform has no project among R1–R50");
    }

    // An output of the project (issue 13), submitted as 专报 and instructed, and the project at 中期检查 with the output
    // as a milestone's deliverable, so that the output, project, dashboard and conversion pages show a real life cycle.
    private string SeedOutput(KnowledgeBase kb, string project)
    {
        const string Title = "关于新型研发机构分类评价的政策建议";
        var outputs = Path.Combine(Platform.FilesRoot, "outputs.csv");
        File.WriteAllText(outputs, $"标题,类型,机构,项目,日期,报送日期,报送对象,报送渠道,批示日期,批示级别\n{Title},政策建议,中国科学院科技战略咨询研究院,新型研发机构评估研究,2024-10-15,2024-11-01,科学技术部,专报,2024-11-20,省部级\n");
        kb.Import([outputs], new ImportOptions { Owner = PlatformFactory.Demo, Access = AccessLevel.Public });
        var id = kb.Read(Zhiku.Access.Caller.Owner).Search(new Zhiku.Search.SearchRequest { Query = $"\"{Title}\"" }).Hits.First(h => h.Title == Title).Id;
        var lifecycle = new Zhiku.Registry.ProjectLifecycle(kb);
        var owner = Zhiku.Registry.RegistryActor.Owner("tour");
        lifecycle.MoveTo(owner, project, "中期检查");
        lifecycle.AddMilestone(owner, project, new ProjectMilestone { Title = "政策建议报送", Due = "2024-11-30", Output = id, Done = "2024-11-01" });
        lifecycle.AddMilestone(owner, project, new ProjectMilestone { Title = "结题报告", Due = "2025-02-28" });
        return id;
    }

    private static async Task<string> ImportJobAsync(HttpClient admin)
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(File.ReadAllBytes(SharedData.Path("bibliographic/wos/metaknowledge_OnePaper.isi"))), "files", "metaknowledge_OnePaper.isi" },
            { new StringContent("internal"), "access" },
        };
        var response = await admin.PostAsync("/api/v1/imports", form);
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        for (var i = 0; i < 600; i++)
        {
            var state = JsonDocument.Parse(await admin.GetStringAsync($"/api/v1/imports/{id}")).RootElement.GetProperty("state").GetString();
            if (state is not ("queued" or "running"))
            {
                return id;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"import job {id} did not finish in a minute");
    }

    [GeneratedRegex("href=\"/people/(P[0-9]+)\"")]
    private static partial Regex PersonLink();

    [GeneratedRegex("href=\"/organisations/(O[0-9]+)\"")]
    private static partial Regex OrganisationLink();
}
