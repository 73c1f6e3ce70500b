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
        await page.WaitForSelectorAsync("#chart-evolution[data-drawn='true'], #chart-evolution[data-drawn='empty']", new PageWaitForSelectorOptions { Timeout = 30_000 });
        await page.FillAsync("#node-search", "a");
        await BrowserPlatform.ShotAsync(page, "analysis");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#chart-network + a.svg-download"));
        var svg = await File.ReadAllTextAsync((await download.PathAsync())!);

        Assert.EndsWith("/analysis?q=electromagnetic", page.Url, StringComparison.Ordinal);
        Assert.True(int.Parse((await page.TextContentAsync("#summary-documents"))!.Trim(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(5, await page.Locator("#analysis .chart[data-drawn]").CountAsync());
        Assert.Equal(0, await page.Locator("#analysis .chart[data-drawn='error']").CountAsync());
        Assert.True(errors.Count == 0, string.Join(" | ", errors));
        Assert.Equal("chart-network.svg", download.SuggestedFilename);
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Empty(dialogs);
    }

    [Fact]
    public async Task Changing_a_control_refetches_the_network_and_rewrites_the_download_links()
    {
        var errors = new List<string>();
        var page = await platform.NewPageAsync([]);
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync("/analysis?q=*");
        await page.WaitForSelectorAsync("#chart-network[data-drawn='true'][data-nodes]", new PageWaitForSelectorOptions { Timeout = 30_000 });
        var before = int.Parse((await page.GetAttributeAsync("#chart-network", "data-nodes"))!, System.Globalization.CultureInfo.InvariantCulture);

        await page.FillAsync("#control-top", "5");
        await page.DispatchEventAsync("#control-top", "change");
        await page.WaitForFunctionAsync(
            "() => { const e = document.getElementById('chart-network'); return e.getAttribute('data-drawn') === 'true' && document.getElementById('analysis').getAttribute('data-params').includes('top=5'); }",
            null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        await BrowserPlatform.ShotAsync(page, "analysis-controls");

        var after = int.Parse((await page.GetAttributeAsync("#chart-network", "data-nodes"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(before > 5, $"{before} nodes before");
        Assert.InRange(after, 1, 5);
        Assert.Contains("top=5", page.Url, StringComparison.Ordinal);
        Assert.Contains("top=5", await page.GetAttributeAsync("a.download.xlsx[data-analysis='network']", "href"), StringComparison.Ordinal);
        Assert.Contains("top=5", await page.GetAttributeAsync("#report-docx", "href"), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("#chart-network + a.svg-download").CountAsync());
        Assert.Equal(0, await page.Locator("#analysis .chart[data-drawn='error']").CountAsync());
        Assert.True(errors.Count == 0, string.Join(" | ", errors));
    }
}
