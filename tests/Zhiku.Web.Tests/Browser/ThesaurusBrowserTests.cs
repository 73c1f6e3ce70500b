using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Browser;

/// <summary>
/// Issue 12's done line for the thesaurus, in a real browser on the seeded platform with ScientoPy's Scopus sample
/// (the Internet of Things in six forms): the co-word map shows INTERNET OF THINGS and INTERNET-OF-THINGS as two
/// nodes; an analyst adds the pair on /thesaurus and the map shows one; removing the entry brings the two back.
/// </summary>
public sealed class ThesaurusBrowserTests : IClassFixture<BrowserPlatform>
{
    private const string Map = "/analysis?q=" + "keyword%3A%22internet%20of%20things%22&type=coword&top=400&lang=en";

    // The labels the network chart drew, as ECharts holds them.
    private const string Labels = "() => echarts.getInstanceByDom(document.getElementById('chart-network')).getOption().series[0].data.map(d => d.name)";

    private readonly BrowserPlatform _platform;
    private readonly List<string> _dialogs = [];

    public ThesaurusBrowserTests(BrowserPlatform platform)
    {
        _platform = platform;
        var kb = platform.Services.GetRequiredService<KnowledgeBase>();
        if (kb.Read(Zhiku.Access.Caller.Owner).Search(new Zhiku.Search.SearchRequest { Query = "keyword:\"internet-of-things\"" }).Total == 0)
        {
            kb.Import([SharedData.Path("bibliographic/scopus/scientopy_2017.csv")], new ImportOptions { Owner = PlatformFactory.Demo, Access = AccessLevel.Public });
        }
    }

    [Fact]
    public async Task An_analyst_adds_a_pair_and_the_coword_map_merges_the_two_nodes_then_removing_it_splits_them_again()
    {
        var page = await _platform.NewPageAsync(_dialogs);
        await page.GotoAsync("/account/signin?lang=en");
        await page.FillAsync("#user-name", "analyst");
        await page.FillAsync("#password", TestUsers.Password);
        await page.ClickAsync("#signin-button");
        await page.WaitForSelectorAsync("#signed-in-user");

        var before = await NodesAsync(page);
        Assert.Contains("INTERNET OF THINGS", before);
        Assert.Contains("INTERNET-OF-THINGS", before);
        await BrowserPlatform.ShotAsync(page, "thesaurus-coword-two-nodes");

        // The form refuses a pair without a preferred term, in the reader's language.
        await page.GotoAsync("/thesaurus?lang=en");
        await page.FillAsync("#field-variants", "INTERNET-OF-THINGS");
        await page.ClickAsync("#thesaurus-add-save");
        Assert.Equal("Preferred term: a value is required", await page.InnerTextAsync("#problem-preferred"));
        Assert.Equal("INTERNET-OF-THINGS", await page.InputValueAsync("#field-variants"));

        await page.FillAsync("#field-preferred", "INTERNET OF THINGS");
        await page.SelectOptionAsync("#field-kind", "spelling");
        await page.ClickAsync("#thesaurus-add-save");
        await page.WaitForSelectorAsync("#thesaurus-done");
        var row = page.Locator("#thesaurus-entries tr[data-variant='INTERNET-OF-THINGS']");
        Assert.Contains("Spelling variant", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("analyst", await row.InnerTextAsync(), StringComparison.Ordinal);
        await BrowserPlatform.ShotAsync(page, "thesaurus-page");

        var merged = await NodesAsync(page);
        Assert.Contains("INTERNET OF THINGS", merged);
        Assert.DoesNotContain("INTERNET-OF-THINGS", merged);
        // The map keeps its node budget: the variant's node is gone, and at most the next term below the cut takes its place.
        Assert.Equal(["INTERNET-OF-THINGS"], before.Except(merged, StringComparer.Ordinal));
        Assert.True(merged.Except(before, StringComparer.Ordinal).Count() <= 1, string.Join(", ", merged.Except(before, StringComparer.Ordinal)));
        await BrowserPlatform.ShotAsync(page, "thesaurus-coword-one-node");

        // Remove the entry with the keyboard.
        await page.GotoAsync("/thesaurus?lang=en");
        await page.FocusAsync("#thesaurus-entries tr[data-variant='INTERNET-OF-THINGS'] button.remove");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#thesaurus-done");
        Assert.Equal(0, await page.Locator("#thesaurus-entries tr[data-variant='INTERNET-OF-THINGS']").CountAsync());

        var again = await NodesAsync(page);
        Assert.Contains("INTERNET OF THINGS", again);
        Assert.Contains("INTERNET-OF-THINGS", again);
        Assert.Empty(_dialogs);
    }

    private static async Task<List<string>> NodesAsync(IPage page)
    {
        await page.GotoAsync(Map);
        await page.WaitForSelectorAsync("#chart-network[data-drawn='true'][data-nodes]", new PageWaitForSelectorOptions { Timeout = 60_000 });
        return [.. await page.EvaluateAsync<string[]>(Labels)];
    }
}
