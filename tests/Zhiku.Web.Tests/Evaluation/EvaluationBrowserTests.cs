using Microsoft.Playwright;
using Zhiku.Web.Tests.Browser;

namespace Zhiku.Web.Tests.Evaluation;

/// <summary>The evaluation page in a real browser: the ASEM results table, rank intervals, radar and AHP consistency.</summary>
public sealed class EvaluationBrowserTests(BrowserPlatform platform) : IClassFixture<BrowserPlatform>
{
    private readonly List<string> _dialogs = [];

    [Fact]
    public async Task The_evaluation_page_shows_the_asem_results_table_and_its_charts()
    {
        var page = await platform.NewPageAsync(_dialogs);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            // The platform has no favicon (not this page's concern); any other error, e.g. a CSP violation, fails.
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
            {
                errors.Add(message.Text + " " + message.Location);
            }
        };

        await page.GotoAsync("/evaluation");
        await page.WaitForSelectorAsync("#eval-table tbody tr", new PageWaitForSelectorOptions { Timeout = 60_000 });
        await page.WaitForSelectorAsync("#eval-intervals[data-drawn='true'] canvas", new PageWaitForSelectorOptions { Timeout = 60_000 });

        Assert.Equal(51, await page.Locator("#eval-table tbody tr").CountAsync());
        Assert.Equal("CHE", await page.Locator("#eval-table tbody tr").First.GetAttributeAsync("data-ucode"));
        Assert.Equal("1", (await page.Locator("#eval-table tbody tr td.rank").First.TextContentAsync())?.Trim());
        Assert.True(await page.Locator("#eval-tree li").CountAsync() > 50);
        Assert.True(await page.Locator("#eval-files a").CountAsync() >= 10);
        await page.SelectOptionAsync("#eval-unit", "NLD");
        Assert.Equal(1, await page.Locator("#eval-radar canvas").CountAsync());

        await page.FillAsync("#ahp-matrix input[data-i='0'][data-j='1']", "9");
        await page.FillAsync("#ahp-matrix input[data-i='1'][data-j='2']", "9");
        await page.FillAsync("#ahp-matrix input[data-i='0'][data-j='2']", "1/9");
        await page.WaitForSelectorAsync("#ahp-result.warning");
        Assert.Contains("CR", await page.TextContentAsync("#ahp-result"), StringComparison.Ordinal);

        await BrowserPlatform.ShotAsync(page, "evaluation-asem");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Empty(_dialogs);
    }
}
