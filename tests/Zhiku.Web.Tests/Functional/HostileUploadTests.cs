using System.Net;
using System.Text;
using System.Text.Json;
using Zhiku.Testing.Fuzzing;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Functional;

/// <summary>Defects 1 and 2 of issue 9 on a running platform: no upload may stop the server or the import queue.</summary>
[Collection(PlatformCollection.Name)]
public sealed class HostileUploadTests(PlatformFactory factory)
{
    private readonly PlatformFactory _platform = factory.Seeded();

    [Fact]
    public async Task A_workbook_with_a_doctype_is_rejected_and_the_server_imports_the_next_upload()
    {
        var client = Http.WithToken(_platform, _platform.Users["uploader"].Token);
        var workbook = Path.Combine(_platform.FilesRoot, "doctype.xlsx");
        File.Delete(workbook);
        OfficeFiles.WriteXlsx(workbook, OfficeFiles.SheetXml([["Title", "Year"], ["Hostile workbook", "2020"]])
            .Replace("?>\n", "?>\n<!DOCTYPE worksheet [<!ENTITY x \"y\">]>\n", StringComparison.Ordinal));

        var first = await UploadAsync(client, (workbook, "doctype.xlsx"), (SharedData.Path("bibliographic/wos/metaknowledge_OnePaper.isi"), "one.isi"));
        var second = await UploadAsync(client, (SharedData.Path("bibliographic/wos/metaknowledge_OnePaper2.isi"), "one2.isi"));

        Assert.Equal("done", first.GetProperty("state").GetString());
        var files = first.GetProperty("report").GetProperty("files");
        Assert.Equal(0, files[0].GetProperty("imported").GetInt32());
        Assert.False(string.IsNullOrEmpty(files[0].GetProperty("failure").GetString()));
        Assert.Equal(1, files[1].GetProperty("imported").GetInt32() + files[1].GetProperty("unchanged").GetInt32());
        Assert.Equal("done", second.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, (await Http.Anonymous(_platform).GetAsync("/api/v1/search?q=*")).StatusCode);
    }

    [Fact]
    public async Task After_a_record_with_an_immense_word_the_records_of_later_uploads_are_searchable()
    {
        var client = Http.WithToken(_platform, _platform.Users["uploader"].Token);
        var immense = Path.Combine(_platform.FilesRoot, "immense.ris");
        File.WriteAllText(immense, $"TY  - JOUR\nTI  - {new string('z', 40_000)}\nPY  - 2019\nER  - \n", Encoding.UTF8);
        var later = Path.Combine(_platform.FilesRoot, "later.ris");
        File.WriteAllText(later, "TY  - JOUR\nTI  - Quokkaesque policy laboratories after the attack\nPY  - 2021\nER  - \n", Encoding.UTF8);

        var first = await UploadAsync(client, (immense, "immense.ris"));
        var second = await UploadAsync(client, (later, "later.ris"));

        Assert.Equal("done", first.GetProperty("state").GetString());
        Assert.Equal(1, first.GetProperty("report").GetProperty("imported").GetInt32());
        Assert.Equal("done", second.GetProperty("state").GetString());
        var found = JsonDocument.Parse(await client.GetStringAsync("/api/v1/search?q=quokkaesque")).RootElement;
        Assert.Equal(1, found.GetProperty("total").GetInt32());
    }

    private static async Task<JsonElement> UploadAsync(HttpClient client, params (string Path, string Name)[] files)
    {
        using var form = new MultipartFormDataContent { { new StringContent("internal"), "access" } };
        foreach (var (path, name) in files)
        {
            form.Add(ApiTests.File(path), "files", name);
        }

        var started = await client.PostAsync("/api/v1/imports", form);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        return await ApiTests.WaitAsync(client, id!);
    }
}
