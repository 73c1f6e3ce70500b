using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Zhiku.Web.Tests.Functional;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Cases;

/// <summary>
/// A filled cases template uploaded through <c>POST /api/v1/imports</c> (the web import page's path) goes through the
/// same importer as <c>zhiku import</c>: tags written as term names are stored as codes, and a row with an unknown term
/// is reported by row and column while the good row goes in.
/// </summary>
[Collection(CaseUploadCollection.Name)]
public sealed class CaseTemplateUploadTests(CaseUploadPlatform factory)
{
    private readonly PlatformFactory _platform = factory.Seeded();

    [Fact]
    public async Task An_uploaded_cases_template_stores_the_good_case_with_its_tags_as_codes_and_names_the_bad_row()
    {
        var client = Http.WithToken(_platform, _platform.Users["uploader"].Token);
        var file = Path.Combine(_platform.FilesRoot, "cases-upload.csv");
        File.WriteAllText(file, string.Join("\n",
            "标题,英文标题,摘要,地区,领域,起始,结束,主体,措施,成效,来源,关联文献,分类",
            "zkcaseupload 综合保税区高水平开放,Opening-up of comprehensive bonded zones,促进综合保税区高水平开放高质量发展。,全国,对外开放,2019-01,,国务院;海关总署,简化监管手续;发展保税研发,建成新时代开放新高地。,http://www.gov.cn/zhengce/content/2019-01/25/content_5361158.htm,,贸易管制;Pilots and demonstrations;level.national",
            "zkcaseupload 城镇小区配套幼儿园治理,Kindergartens of residential areas,开展城镇小区配套幼儿园治理。,全国,学前教育,2019-01,,国务院办公厅,摸底排查;整改,提高普惠性学前教育资源供给。,http://www.gov.cn/zhengce/content/2019-01/22/content_5360002.htm,,学前教育补贴") + "\n", new UTF8Encoding(false));
        using var form = new MultipartFormDataContent { { ApiTests.File(file), "files", "cases-upload.csv" }, { new StringContent("public"), "access" } };

        var started = await client.PostAsync("/api/v1/imports", form);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var job = await ApiTests.WaitAsync(client, JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!);

        Assert.Equal("done", job.GetProperty("state").GetString());
        var report = job.GetProperty("report");
        Assert.Equal(1, report.GetProperty("entities").GetInt32());
        var rejection = Assert.Single(report.GetProperty("files")[0].GetProperty("rejections").EnumerateArray()).GetProperty("message").GetString();
        Assert.Contains("row 3, column 分类|tags: '学前教育补贴'", rejection, StringComparison.Ordinal);
        var hits = (await Responses.GetJsonAsync(client, "/api/v1/search?entity=cases&q=zkcaseupload")).GetProperty("hits");
        var id = Assert.Single(hits.EnumerateArray()).GetProperty("id").GetString()!;
        var found = await Responses.GetJsonAsync(client, "/api/v1/cases/" + id);
        Assert.Equal(["instrument.trade", "instrument.pilot", "level.national"],
            found.GetProperty("record").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("2019-01", found.GetProperty("record").GetProperty("periodFrom").GetString());
    }

    [Fact]
    public async Task A_changed_upload_updates_the_imported_value_and_keeps_the_curated_edit_and_the_same_upload_changes_nothing()
    {
        var client = Http.WithToken(_platform, _platform.Users["uploader"].Token);
        const string header = "标题,摘要,成效,起始,分类";
        var first = await UploadAsync(client, "drug-procurement.csv", header, "zkcasecurated 国家组织药品集中采购和使用试点,在11个城市开展试点。,药价下降。,2019-01,政府采购");
        var id = Assert.Single((await Responses.GetJsonAsync(client, "/api/v1/search?entity=cases&q=zkcasecurated")).GetProperty("hits").EnumerateArray()).GetProperty("id").GetString()!;
        var revision = (await Responses.GetJsonAsync(client, $"/api/v1/cases/{id}/history")).GetProperty("revision").GetInt64();
        var edited = await client.PutAsJsonAsync($"/api/v1/cases/{id}", new { results = "中选药品价格平均降幅52%。", revision });
        Assert.True(edited.IsSuccessStatusCode, await edited.Content.ReadAsStringAsync());

        var same = await UploadAsync(client, "drug-procurement.csv", header, "zkcasecurated 国家组织药品集中采购和使用试点,在11个城市开展试点。,药价下降。,2019-01,政府采购");
        var changed = await UploadAsync(client, "drug-procurement.csv", header, "zkcasecurated 国家组织药品集中采购和使用试点,在北京、上海等11个城市开展试点。,药价明显下降。,2019-01,政府采购");

        Assert.Equal(1, first.GetProperty("entities").GetInt32());
        Assert.Equal(0, same.GetProperty("entities").GetInt32());
        Assert.Equal(1, same.GetProperty("unchanged").GetInt32());
        Assert.Equal(1, changed.GetProperty("entities").GetInt32());
        var record = (await Responses.GetJsonAsync(client, "/api/v1/cases/" + id)).GetProperty("record");
        Assert.Equal("在北京、上海等11个城市开展试点。", record.GetProperty("summary").GetString());
        Assert.Equal("中选药品价格平均降幅52%。", record.GetProperty("results").GetString());
    }

    private async Task<JsonElement> UploadAsync(HttpClient client, string name, params string[] lines)
    {
        var file = Path.Combine(_platform.FilesRoot, name);
        File.WriteAllText(file, string.Join("\n", lines) + "\n", new UTF8Encoding(false));
        using var form = new MultipartFormDataContent { { ApiTests.File(file), "files", name }, { new StringContent("public"), "access" } };
        var started = await client.PostAsync("/api/v1/imports", form);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var job = await ApiTests.WaitAsync(client, JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!);
        Assert.Equal("done", job.GetProperty("state").GetString());
        return job.GetProperty("report");
    }
}
