using Microsoft.Playwright;
using Zhiku.Web.Tests.Browser;

namespace Zhiku.Web.Tests.Analysis;

/// <summary>The analysis workspace in a real browser, opened from the search page.</summary>
public sealed class AnalysisBrowserTests(BrowserPlatform platform) : IClassFixture<BrowserPlatform>
{
    [Fact]
    public async Task The_workspace_opens_from_a_search_and_draws_the_network_canvas_with_an_svg_download()
    {
        var dialogs = new List<string>();
        var errors = new List<string>();
        var page = await platform.NewPageAsync(dialogs);
        page.PageError += (_, e) => errors.Add(e);
        page.Console += (_, m) =>
        {
            if (m.Type == "error" && !m.Location.Contains("favicon", StringComparison.Ordinal))
            {
                errors.Add(m.Text + " " + m.Location);
            }
        };
        await page.GotoAsync("/?q=electromagnetic");
        await page.ClickAsync("#analysis-link");
        await page.WaitForSelectorAsync("#chart-network[data-drawn='true'] canvas", new PageWaitForSelectorOptions { Timeout = 30_000 });
        await page.WaitForSelectorAsync("#chart-trends[data-drawn='true'] canvas", new PageWaitForSelectorOptions { Timeout = 30_000 });
        await page.FillAsync("#node-search", "a");
        await BrowserPlatform.ShotAsync(page, "analysis");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#chart-network + a.svg-download"));
        var svg = await File.ReadAllTextAsync((await download.PathAsync())!);

        Assert.EndsWith("/analysis?q=electromagnetic", page.Url, StringComparison.Ordinal);
        Assert.True(int.Parse((await page.TextContentAsync("#summary-documents"))!.Trim(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(4, await page.Locator("#analysis .chart[data-drawn]").CountAsync());
        Assert.Equal(0, await page.Locator("#analysis .chart[data-drawn='error']").CountAsync());
        Assert.True(errors.Count == 0, string.Join(" | ", errors));
        Assert.Equal("chart-network.svg", download.SuggestedFilename);
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Empty(dialogs);
    }
}
