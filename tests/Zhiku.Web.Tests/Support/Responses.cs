using System.IO.Compression;
using System.Net;
using System.Text.Json;

namespace Zhiku.Web.Tests.Support;

/// <summary>Reading what the platform answered: JSON of a successful response, the text of a Word document.</summary>
public static class Responses
{
    /// <summary>The JSON body of a 200 response; any other status fails with the body as the message.</summary>
    public static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>GET a path and parse its body as JSON (a failing status throws).</summary>
    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string path) =>
        JsonDocument.Parse(await client.GetStringAsync(path)).RootElement;

    /// <summary>The main part (word/document.xml) of a DOCX file.</summary>
    public static string DocumentXml(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return reader.ReadToEnd();
    }
}
