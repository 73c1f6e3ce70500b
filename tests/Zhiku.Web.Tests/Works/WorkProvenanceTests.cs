using System.Net;
using System.Text.Json;
using Zhiku.Model;
using Zhiku.Web.Tests.Functional;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Works;

/// <summary>
/// The provenance of a work names the imported file and its batch for everyone who may see the work; the absolute path
/// of the file on the server (the data directory, uploads/…) only for administrators.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class WorkProvenanceTests(PlatformFactory factory)
{
    private readonly PlatformFactory _platform = factory.Seeded();

    private async Task<(JsonElement Json, string Body)> WorkAsync(HttpClient client, string id)
    {
        var response = await client.GetAsync("/api/v1/works/" + id);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return (JsonDocument.Parse(body).RootElement, body);
    }

    public static TheoryData<string?> Readers => new() { null, "manager", "analyst", "viewer" };

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task A_work_shows_file_name_and_batch_but_no_server_path_to_anyone_but_an_administrator(string? user)
    {
        var client = user is null ? Http.Anonymous(_platform) : Http.WithToken(_platform, _platform.Users[user].Token);

        var (work, body) = await WorkAsync(client, _platform.ProbeIds[AccessLevel.Public]);

        Assert.DoesNotContain(_platform.FilesRoot, body, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath().TrimEnd('/'), body, StringComparison.Ordinal);
        var source = work.GetProperty("sources")[0];
        Assert.Equal("probe-public.ris", source.GetProperty("file").GetString());
        Assert.True(source.GetProperty("batch").GetInt64() > 0);
        Assert.False(source.TryGetProperty("path", out var path) && path.ValueKind != JsonValueKind.Null, "a path was shown");
        var title = work.GetProperty("provenance").EnumerateObject().First().Value;
        Assert.Equal("probe-public.ris", title.GetProperty("file").GetString());
        Assert.Equal(source.GetProperty("batch").GetInt64(), title.GetProperty("batch").GetInt64());
    }

    [Fact]
    public async Task An_administrator_sees_the_absolute_path_beside_the_file_name()
    {
        var (work, _) = await WorkAsync(Http.WithToken(_platform, _platform.Users["administrator"].Token), _platform.ProbeIds[AccessLevel.Restricted]);

        var source = work.GetProperty("sources")[0];
        Assert.Equal("probe-restricted.ris", source.GetProperty("file").GetString());
        Assert.Equal(Path.Combine(_platform.FilesRoot, "probe-restricted.ris"), source.GetProperty("path").GetString());
        Assert.Equal(Path.Combine(_platform.FilesRoot, "probe-restricted.ris"), work.GetProperty("provenance").EnumerateObject().First().Value.GetProperty("path").GetString());
    }

    [Fact]
    public async Task An_uploaded_file_reads_as_its_name_without_the_uploads_folder()
    {
        var client = Http.WithToken(_platform, _platform.Users["uploader"].Token);
        var file = Path.Combine(_platform.FilesRoot, "provenance-upload.ris");
        File.WriteAllText(file, "TY  - RPRT\nTI  - zkuploadprovenance report on science policy\nAU  - Upload, Tester\nPY  - 2022\nER  - \n");
        using var form = new MultipartFormDataContent { { ApiTests.File(file), "files", "provenance-upload.ris" }, { new StringContent("public"), "access" } };
        var started = await client.PostAsync("/api/v1/imports", form);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var job = await ApiTests.WaitAsync(client, JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!);
        Assert.Equal("done", job.GetProperty("state").GetString());
        var id = (await Responses.GetJsonAsync(client, "/api/v1/search?q=zkuploadprovenance")).GetProperty("hits")[0].GetProperty("id").GetString()!;

        var (work, body) = await WorkAsync(client, id);
        var (anonymous, anonymousBody) = await WorkAsync(Http.Anonymous(_platform), id);
        var page = await Http.Anonymous(_platform).GetStringAsync("/works/" + id);

        Assert.Equal("00-provenance-upload.ris", work.GetProperty("sources")[0].GetProperty("file").GetString());
        Assert.Equal("00-provenance-upload.ris", anonymous.GetProperty("sources")[0].GetProperty("file").GetString());
        foreach (var text in new[] { body, anonymousBody })
        {
            Assert.DoesNotContain("uploads/", text, StringComparison.Ordinal);
            Assert.DoesNotContain(_platform.DataRoot, text, StringComparison.Ordinal);
        }

        Assert.Contains("provenance-upload.ris", page, StringComparison.Ordinal);
        Assert.DoesNotContain(_platform.DataRoot, page, StringComparison.Ordinal);
    }
}
