using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Zhiku.Web.Tests.Functional;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Search;

/// <summary>The search page's export links carry the query, the active facet filters and the sort: the export is what the page lists.</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class ExportLinkTests(PlatformFactory factory)
{
    private readonly PlatformFactory _platform = factory.Seeded();

    private static async Task<List<string>> SearchIdsAsync(HttpClient client, string query) =>
        [.. JsonDocument.Parse(await client.GetStringAsync("/api/v1/search?" + query + "&size=100")).RootElement
            .GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!)];

    private static async Task<string> ExportLinkAsync(HttpClient client, string page, string format)
    {
        var html = await client.GetStringAsync(page);
        var link = ExportLink().Matches(html).Single(m => m.Groups[2].Value == format);
        return WebUtility.HtmlDecode(link.Groups[1].Value);
    }

    private static async Task<List<string>> ExportedIdsAsync(HttpClient client, string link) =>
        [.. (await client.GetStringAsync(link)).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!)];

    [Fact]
    public async Task The_export_link_of_a_filtered_sorted_search_exports_exactly_its_hits_in_order()
    {
        var client = Http.WithToken(_platform, _platform.Users["viewer"].Token);
        var facets = JsonDocument.Parse(await client.GetStringAsync("/api/v1/search?q=*")).RootElement.GetProperty("facets");
        var year = facets.GetProperty("year").EnumerateObject().First().Name;
        var kind = facets.GetProperty("kind").EnumerateObject().First().Name;
        var search = $"q=*&f={Uri.EscapeDataString("year:" + year)}&f={Uri.EscapeDataString("kind:" + kind)}&sort=date";
        var signedIn = await Http.SignedInAsync(_platform, "viewer");

        var link = await ExportLinkAsync(signedIn, "/?" + search, "jsonl");
        var exported = await ExportedIdsAsync(signedIn, link);
        var shown = await SearchIdsAsync(client, search);
        var unfiltered = await SearchIdsAsync(client, "q=*&sort=date");

        Assert.Contains("f=" + Uri.EscapeDataString("year:" + year), link, StringComparison.Ordinal);
        Assert.Contains("sort=date", link, StringComparison.Ordinal);
        Assert.NotEmpty(shown);
        Assert.True(shown.Count < unfiltered.Count);
        Assert.Equal(shown, exported);
    }

    [Fact]
    public async Task The_export_link_keeps_the_order_of_a_citation_sort()
    {
        var client = Http.Anonymous(_platform);

        var link = await ExportLinkAsync(client, "/?q=*&sort=citations", "jsonl");
        var exported = await ExportedIdsAsync(client, link);
        var shown = await SearchIdsAsync(client, "q=*&sort=citations");

        Assert.Equal(shown, exported);
        Assert.NotEqual(shown.Order(StringComparer.Ordinal).ToList(), shown);
    }

    [Fact]
    public async Task An_export_with_an_unknown_facet_is_a_bad_request()
    {
        var response = await Http.Anonymous(_platform).GetAsync("/api/v1/exports?format=ris&q=*&f=colour:blue");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [GeneratedRegex("<a href=\"([^\"]+)\" rel=\"nofollow\" data-format=\"([a-z0-9-]+)\"[^>]*>")]
    private static partial Regex ExportLink();
}
