using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Zhiku.Web.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Zhiku.Web.Tests.Registry;

/// <summary>
/// <c>POST/GET/DELETE /api/v1/{kind}/{id}/attachments</c> through the real HTTP pipeline: a State Council policy from the
/// samples uploaded as DOCX makes the record searchable by its words, the download is the same bytes as a download, other
/// organisations get 404, and refusals are in the reader's language.
/// </summary>
[Collection(RegistryCollection.Name)]
public sealed class AttachmentApiTests(RegistryPlatform factory)
{
    private readonly RegistryPlatform _platform = (RegistryPlatform)factory.Seeded();

    private HttpClient Client(string user) => Http.WithToken(_platform, _platform.Users[user].Token);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement;
    }

    private static MultipartFormDataContent Upload(byte[] content, string name)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    private async Task<string> CreateAsync(HttpClient client, string kind, object record) =>
        (await JsonAsync(await client.PostAsJsonAsync($"/api/v1/{kind}", record), HttpStatusCode.Created)).GetProperty("id").GetString()!;

    private async Task<List<string>> FoundAsync(HttpClient client, string entity, string query) =>
        [.. (await JsonAsync(await client.GetAsync($"/api/v1/search?entity={entity}&q={Uri.EscapeDataString(query)}"), HttpStatusCode.OK))
            .GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!)];

    /// <summary>The second State Council policy of 2019 in the samples as a Word document, with its title and text.</summary>
    private static (byte[] Docx, string Text) PolicyDocx()
    {
        var line = File.ReadLines(SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl")).Skip(1).First();
        var record = JsonNode.Parse(line)!;
        var text = record["text"]!.GetValue<string>();
        using var buffer = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var body = new W.Body();
            foreach (var paragraph in text.Split('\n'))
            {
                body.Append(new W.Paragraph(new W.Run(new W.Text(paragraph) { Space = SpaceProcessingModeValues.Preserve })));
            }

            doc.AddMainDocumentPart().Document = new W.Document(body);
            doc.PackageProperties.Title = record["title"]!.GetValue<string>();
        }

        return (buffer.ToArray(), text);
    }

    [Fact]
    public async Task An_uploaded_docx_makes_the_person_searchable_by_its_words_and_downloads_as_the_same_bytes()
    {
        var analyst = Client("analyst");
        var id = await CreateAsync(analyst, "people", new { name = "韩思远", nameEn = "Han Siyuan" });
        var (docx, text) = PolicyDocx();
        var word = "\"" + text.Split('\n')[0].Trim()[..6] + "\"";
        Assert.Empty(await FoundAsync(analyst, "people", word));

        var added = await JsonAsync(await analyst.PostAsync($"/api/v1/people/{id}/attachments", Upload(docx, "政策原文.docx")), HttpStatusCode.Created);

        Assert.Equal((1, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", true),
            (added.GetProperty("n").GetInt32(), added.GetProperty("mediaType").GetString(), added.GetProperty("searchable").GetBoolean()));
        Assert.Equal([id], await FoundAsync(analyst, "people", word));
        var download = await analyst.GetAsync($"/api/v1/people/{id}/attachments/1");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(docx, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("政策原文.docx", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        var list = await JsonAsync(await analyst.GetAsync($"/api/v1/people/{id}/attachments"), HttpStatusCode.OK);
        Assert.Equal(["政策原文.docx"], list.EnumerateArray().Select(a => a.GetProperty("fileName").GetString()));
        var history = await JsonAsync(await analyst.GetAsync($"/api/v1/people/{id}/history"), HttpStatusCode.OK);
        var last = history.GetProperty("versions").EnumerateArray().Last();
        Assert.Equal(("attach", "政策原文.docx"), (last.GetProperty("action").GetString(), last.GetProperty("file").GetString()));
    }

    [Fact]
    public async Task Another_organisation_s_caller_gets_404_and_never_the_file()
    {
        var analyst = Client("analyst");
        var id = await CreateAsync(analyst, "projects", new { title = "附件访问控制项目" });
        await JsonAsync(await analyst.PostAsync($"/api/v1/projects/{id}/attachments", Upload("<html><body><p>Zkprojectsecretword</p></body></html>"u8.ToArray(), "note.html")), HttpStatusCode.Created);

        foreach (var user in new[] { "stranger", "uploader" })
        {
            var other = Client(user);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/projects/{id}/attachments")).StatusCode);
            var file = await other.GetAsync($"/api/v1/projects/{id}/attachments/1");
            Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
            Assert.DoesNotContain("Zkprojectsecretword", await file.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Empty(await FoundAsync(other, "projects", "Zkprojectsecretword"));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await Client("uploader").PostAsync($"/api/v1/projects/{id}/attachments", Upload("<html><body>x</body></html>"u8.ToArray(), "x.html"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client("uploader").DeleteAsync($"/api/v1/projects/{id}/attachments/1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client("viewer").DeleteAsync($"/api/v1/projects/{id}/attachments/1")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Http.Anonymous(_platform).GetAsync($"/api/v1/projects/{id}/attachments/1")).StatusCode);
        Assert.Equal([id], await FoundAsync(analyst, "projects", "Zkprojectsecretword"));
    }

    [Fact]
    public async Task A_file_that_is_no_document_is_refused_in_the_reader_s_language_and_a_removed_one_is_gone()
    {
        var manager = Client("manager");
        var id = await CreateAsync(manager, "organisations", new { name = "附件拒收测试中心" });

        var zh = await JsonAsync(await manager.PostAsync($"/api/v1/organisations/{id}/attachments", Upload(Encoding.UTF8.GetBytes("plain words"), "report.pdf")), HttpStatusCode.BadRequest);
        var en = await JsonAsync(await manager.PostAsync($"/api/v1/organisations/{id}/attachments?lang=en", Upload([], "empty.pdf")), HttpStatusCode.BadRequest);
        var broken = await JsonAsync(await manager.PostAsync($"/api/v1/organisations/{id}/attachments?lang=en", Upload("%PDF-1.7\n1 0 obj broken"u8.ToArray(), "broken.pdf")), HttpStatusCode.Created);
        await JsonAsync(await manager.DeleteAsync($"/api/v1/organisations/{id}/attachments/{broken.GetProperty("n").GetInt32()}"), HttpStatusCode.NoContent);

        Assert.Equal("文件内容不是 PDF、Word 文档（DOCX）或 HTML 网页（按内容判断，与文件名无关）。", zh.GetProperty("detail").GetString());
        Assert.Equal("unsupportedType", zh.GetProperty("refusal").GetString());
        Assert.Equal("The file is empty.", en.GetProperty("detail").GetString());
        Assert.False(broken.GetProperty("searchable").GetBoolean());
        Assert.StartsWith("The file was saved, but", broken.GetProperty("textMessage").GetString(), StringComparison.Ordinal);
        Assert.Empty((await JsonAsync(await manager.GetAsync($"/api/v1/organisations/{id}/attachments"), HttpStatusCode.OK)).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/v1/organisations/{id}/attachments/1")).StatusCode);
    }
}
