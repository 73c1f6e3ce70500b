using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Functional;

[Collection(PlatformCollection.Name)]
public sealed class ApiTests(PlatformFactory factory)
{
    private readonly PlatformFactory _platform = factory.Seeded();

    [Fact]
    public async Task Search_api_answers_in_the_json_shape_of_the_cli()
    {
        var json = JsonDocument.Parse(await Http.Anonymous(_platform).GetStringAsync("/api/v1/search?q=electromagnetic&limit=3&offset=1")).RootElement;

        Assert.True(json.GetProperty("total").GetInt32() > 1);
        var hit = json.GetProperty("hits")[0];
        foreach (var field in new[] { "id", "kind", "title", "year", "authors", "source", "snippet", "score" })
        {
            Assert.True(hit.TryGetProperty(field, out _), field);
        }

        Assert.True(json.GetProperty("hits").GetArrayLength() <= 3);
        Assert.True(json.GetProperty("facets").TryGetProperty("kind", out _));
    }

    [Theory]
    [InlineData("/api/v1/search?q=year:%5Babc%20TO")]
    [InlineData("/api/v1/search?q=x&f=nofacet:1")]
    [InlineData("/api/v1/search?q=x&f=novalue")]
    [InlineData("/api/v1/search?q=x&sort=sideways")]
    [InlineData("/api/v1/exports?format=doc")]
    [InlineData("/api/v1/exports")]
    public async Task Bad_input_answers_400_with_problem_details(string path)
    {
        var response = await Http.Anonymous(_platform).GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task A_missing_work_answers_404_with_problem_details()
    {
        var response = await Http.Anonymous(_platform).GetAsync("/api/v1/works/W99999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("ris", "TY  - ")]
    [InlineData("bibtex", "@")]
    [InlineData("csljson", "\"title\"")]
    [InlineData("csv", ",")]
    [InlineData("jsonl", "{")]
    public async Task Exports_write_every_format(string format, string expected)
    {
        var response = await Http.Anonymous(_platform).GetAsync($"/api/v1/exports?format={format}&q=electromagnetic");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_and_the_reference_page_describe_the_api()
    {
        var client = Http.Anonymous(_platform);
        var doc = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var page = await client.GetStringAsync("/api-reference");

        foreach (var path in new[] { "/api/v1/search", "/api/v1/works/{id}", "/api/v1/people/{id}", "/api/v1/organisations/{id}", "/api/v1/projects/{id}", "/api/v1/imports", "/api/v1/imports/{id}", "/api/v1/exports" })
        {
            Assert.True(doc.GetProperty("paths").TryGetProperty(path, out _), path);
            Assert.Contains($"<code>{path}</code>", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Uploading_several_files_imports_them_in_the_background_with_a_report_of_rejected_records()
    {
        var client = Http.WithToken(_platform, _platform.Users["uploader"].Token);
        using var form = new MultipartFormDataContent
        {
            { File(Probes.WriteWithRejection(_platform.FilesRoot)), "files", "with-rejection.ris" },
            { File(SharedData.Path("bibliographic/wos/metaknowledge_TwoPaper.isi")), "files", "two.isi" },
            { new StringContent("internal"), "access" },
        };

        var started = await client.PostAsync("/api/v1/imports", form);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        var job = await WaitAsync(client, id!);

        Assert.Equal("done", job.GetProperty("state").GetString());
        var report = job.GetProperty("report");
        Assert.Equal(2, report.GetProperty("files").GetArrayLength());
        Assert.Equal(1, report.GetProperty("rejected").GetInt32());
        Assert.Contains("missing title", report.GetProperty("files")[0].GetProperty("rejections")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(report.GetProperty("imported").GetInt32() >= 3);

        // The uploader's organisation now sees its internal records; the demo organisation does not.
        var own = JsonDocument.Parse(await client.GetStringAsync("/api/v1/search?q=" + Uri.EscapeDataString("上传的科技政策记录"))).RootElement;
        var other = JsonDocument.Parse(await Http.WithToken(_platform, _platform.Users["administrator"].Token).GetStringAsync("/api/v1/search?q=" + Uri.EscapeDataString("上传的科技政策记录"))).RootElement;
        Assert.Equal(1, own.GetProperty("total").GetInt32());
        Assert.Equal(0, other.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Uploads_need_a_bearer_token_of_an_importing_role()
    {
        using var anonymousForm = UploadForm();
        var anonymous = await Http.Anonymous(_platform).PostAsync("/api/v1/imports", anonymousForm);
        using var viewerForm = UploadForm();
        var viewer = await Http.WithToken(_platform, _platform.Users["uploader-viewer"].Token).PostAsync("/api/v1/imports", viewerForm);
        var cookie = await Http.SignedInAsync(_platform, "uploader");
        using var cookieForm = UploadForm();
        var byCookie = await cookie.PostAsync("/api/v1/imports", cookieForm);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, viewer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, byCookie.StatusCode);
    }

    [Fact]
    public async Task An_upload_without_files_answers_400()
    {
        using var form = new MultipartFormDataContent { { new StringContent("internal"), "access" } };

        var response = await Http.WithToken(_platform, _platform.Users["uploader"].Token).PostAsync("/api/v1/imports", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private MultipartFormDataContent UploadForm() => new() { { File(Probes.WriteWithRejection(_platform.FilesRoot)), "files", "x.ris" } };

    internal static ByteArrayContent File(string path)
    {
        var content = new ByteArrayContent(System.IO.File.ReadAllBytes(path));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return content;
    }

    internal static async Task<JsonElement> WaitAsync(HttpClient client, string id)
    {
        for (var i = 0; i < 600; i++)
        {
            var job = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/imports/{id}")).RootElement;
            if (job.GetProperty("state").GetString() is "done" or "failed")
            {
                return job;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"import {id} did not finish");
    }
}
