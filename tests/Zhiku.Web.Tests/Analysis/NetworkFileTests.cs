using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Zhiku.Web.Tests.Functional;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Analysis;

/// <summary>The workspace's network download in every format <c>zhiku analyze network --format</c> writes.</summary>
[Collection(PlatformCollection.Name)]
public sealed class NetworkFileTests(PlatformFactory factory)
{
    private const string Query = "/api/v1/analytics/network?q=*&top=30";

    private readonly PlatformFactory _platform = factory.Seeded();

    [Theory]
    [InlineData("vosviewer-map", "text/plain", "zhiku-network.map.txt", "id\tlabel")]
    [InlineData("vosviewer-network", "text/plain", "zhiku-network.network.txt", "\t")]
    [InlineData("graphml", "application/graphml+xml", "zhiku-network.graphml", "<graphml")]
    [InlineData("gexf", "application/gexf+xml", "zhiku-network.gexf", "<gexf")]
    [InlineData("pajek", "text/plain", "zhiku-network.net", "*Vertices")]
    public async Task The_network_downloads_in_each_format_of_the_cli(string format, string mediaType, string name, string expected)
    {
        var nodes = (await Responses.GetJsonAsync(Http.Anonymous(_platform), Query)).GetProperty("nodes").GetArrayLength();

        var response = await Http.Anonymous(_platform).GetAsync($"{Query}&format={format}");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(name, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains(expected, text, StringComparison.OrdinalIgnoreCase);
        Assert.True(nodes > 1);
        if (format == "vosviewer-map")
        {
            Assert.Equal(nodes + 1, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        }
    }

    [Fact]
    public async Task The_vosviewer_download_holds_the_map_and_the_network_file()
    {
        var response = await Http.Anonymous(_platform).GetAsync($"{Query}&format=vosviewer");

        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());

        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["zhiku-network.map.txt", "zhiku-network.network.txt"], zip.Entries.Select(e => e.Name));
        Assert.All(zip.Entries, e => Assert.True(e.Length > 0));
    }

    [Fact]
    public async Task The_json_format_is_the_network_itself_and_an_unknown_format_names_all_of_them()
    {
        var json = await Responses.GetJsonAsync(Http.Anonymous(_platform), $"{Query}&format=json");
        var bad = await Http.Anonymous(_platform).GetAsync($"{Query}&format=dot");

        Assert.Equal(JsonValueKind.Array, json.GetProperty("nodes").ValueKind);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("gexf", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
