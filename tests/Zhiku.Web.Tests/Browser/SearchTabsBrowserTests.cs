using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Zhiku.Web.Tests.Browser;

/// <summary>
/// Issue 12's tabs of the web search in a real browser: a tab per entity with the count the API gives the same caller,
/// an entity's hits linking to their pages, paging, and the query kept in the box and the URL.
/// </summary>
public sealed class SearchTabsBrowserTests(BrowserPlatform platform) : IClassFixture<BrowserPlatform>
{
    // Three authors of the sample WoS export (Gilles, H; Girard, S; Laroche, M) and the organisation the test creates.
    private const string Query = "Girard OR Gilles OR Laroche OR Fabry";

    private readonly List<string> _dialogs = [];

    [Fact]
    public async Task The_tabs_count_what_the_api_finds_for_the_same_caller_and_page_through_an_entity()
    {
        await CreateOrganisationAsync("Laboratoire Charles Fabry");
        var page = await platform.NewPageAsync(_dialogs);
        await page.GotoAsync("/?size=2&q=" + Uri.EscapeDataString(Query));

        // The works tab is the default and the works view is there; every tab counts what the API counts for this anonymous caller.
        Assert.Equal("page", await page.GetAttributeAsync("#tab-works", "aria-current"));
        Assert.True(await page.Locator("ol.hits li.hit").CountAsync() > 0);
        Assert.StartsWith("人员", await page.InnerTextAsync("#tab-people"), StringComparison.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entity in new[] { "works", "people", "organisations", "projects", "outputs", "cases" })
        {
            var shown = int.Parse(await page.GetAttributeAsync($"#tab-{entity}", "data-count") ?? "-1", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(await ApiTotalAsync(page, entity), shown);
            counts[entity] = shown;
        }

        Assert.Equal(3, counts["people"]);
        Assert.Equal(1, counts["organisations"]);

        // The people tab: bookmarkable, the query kept, two hits a page linking to the people's pages.
        await page.ClickAsync("#tab-people");
        await page.WaitForSelectorAsync("#entity-results[data-entity='people']");
        Assert.Contains("entity=people", page.Url, StringComparison.Ordinal);
        Assert.Equal(Query, await page.InputValueAsync("#q"));
        Assert.Equal("page", await page.GetAttributeAsync("#tab-people", "aria-current"));
        var first = await HitsAsync(page);
        Assert.Equal(2, first.Count);
        Assert.All(first, h => Assert.Matches("^/people/P\\d+$", h.Href));
        await BrowserPlatform.ShotAsync(page, "search-tabs-people");

        await page.ClickAsync("#next-page");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("page=2"));
        Assert.Contains("entity=people", page.Url, StringComparison.Ordinal);
        var second = await HitsAsync(page);
        Assert.Single(second);
        var names = first.Concat(second).Select(h => h.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Gilles, H", "Girard, S", "Laroche, M"], names);

        // The organisations tab lists the new organisation with its access badge, and its link opens its page.
        await page.ClickAsync("#tab-organisations");
        await page.WaitForSelectorAsync("#entity-results[data-entity='organisations']");
        var orgs = await HitsAsync(page);
        Assert.Equal("Laboratoire Charles Fabry", Assert.Single(orgs).Name);
        Assert.Equal("公开", await page.InnerTextAsync("#entity-results li.hit .access"));
        await page.ClickAsync("#entity-results li.hit a.title");
        // The organisation's page, by polling its heading: in two CI runs the wait for this navigation's load event
        // (then its DOMContentLoaded) never ended although the page had arrived and the network was idle.
        await Assertions.Expect(page.Locator("h1").First).ToContainTextAsync("Laboratoire Charles Fabry", new() { Timeout = 90_000 });
        Assert.Matches("/organisations/O\\d+$", page.Url);

        // A query the syntax cannot read gives the works' friendly error on an entity's tab too.
        var bad = await page.GotoAsync("/?entity=people&q=" + Uri.EscapeDataString("year:[abc TO"));
        Assert.Equal(400, bad!.Status);
        Assert.True(await page.IsVisibleAsync("#search-error"));
        Assert.Equal(0, await page.Locator("#entity-results").CountAsync());
        Assert.Empty(_dialogs);
    }

    private static async Task<int> ApiTotalAsync(IPage page, string entity)
    {
        var response = await page.APIRequest.GetAsync($"/api/v1/search?entity={entity}&limit=0&q=" + Uri.EscapeDataString(Query));
        Assert.True(response.Ok, entity + ": " + response.Status);
        return JsonDocument.Parse(await response.TextAsync()).RootElement.GetProperty("total").GetInt32();
    }

    private static async Task<List<(string Name, string Href)>> HitsAsync(IPage page)
    {
        var links = page.Locator("#entity-results li.hit a.title");
        List<(string Name, string Href)> hits = [];
        for (var i = 0; i < await links.CountAsync(); i++)
        {
            hits.Add(((await links.Nth(i).InnerTextAsync()).Trim(), await links.Nth(i).GetAttributeAsync("href") ?? string.Empty));
        }

        return hits;
    }

    private async Task CreateOrganisationAsync(string name)
    {
        using var admin = new HttpClient { BaseAddress = new Uri(platform.Address + "/") };
        admin.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", platform.Users["administrator"].Token);
        (await admin.PostAsJsonAsync("/api/v1/organisations", new { name, access = "public" })).EnsureSuccessStatusCode();
    }
}
