using Microsoft.Playwright;
using Zhiku.Web.Tests.Browser;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Evaluation;

/// <summary>The evaluation pages in a real browser: results, rank intervals, radar, AHP, uploads, the framework editor and unit reports.</summary>
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
    [Fact]
    public async Task An_analyst_uploads_the_asem_tables_sees_the_stored_run_edits_weights_and_opens_a_unit_report()
    {
        var page = await platform.NewPageAsync(_dialogs);
        var errors = Errors(page);
        await page.GotoAsync("/account/signin");
        await page.FillAsync("#user-name", "analyst");
        await page.FillAsync("#password", TestUsers.Password);
        await page.ClickAsync("#signin-button");
        await page.WaitForSelectorAsync("#signed-in-user");

        await page.GotoAsync("/evaluation");
        await page.ClickAsync("#eval-upload summary");
        await page.SetInputFilesAsync("#eval-data", SharedData.Path("evaluation/asem/ASEM_iData.csv"));
        await page.SetInputFilesAsync("#eval-meta-file", SharedData.Path("evaluation/asem/ASEM_iMeta.csv"));
        await page.FillAsync("#eval-group", "EurAsia_group");
        await page.ClickAsync("#eval-upload-run");
        await page.WaitForURLAsync("**/evaluation/runs/*", new PageWaitForURLOptions { Timeout = 60_000 });
        await page.WaitForSelectorAsync("#eval-results[data-loaded='true'] #eval-table tbody tr", new PageWaitForSelectorOptions { Timeout = 60_000 });

        Assert.Equal(51, await page.Locator("#eval-table tbody tr").CountAsync());
        Assert.Equal("CHE", await page.Locator("#eval-table tbody tr").First.GetAttributeAsync("data-ucode"));
        Assert.Contains("/api/v1/evaluations/runs/", await page.Locator("#eval-files a").First.GetAttributeAsync("href"), StringComparison.Ordinal);
        await BrowserPlatform.ShotAsync(page, "evaluation-run");

        // AHP on Conn's five pillars, all judged equal: the editor gets weight 0.2 for each.
        await page.SelectOptionAsync("#ahp-node", "Conn");
        await page.WaitForSelectorAsync("#ahp-apply:not([disabled])");
        await page.ClickAsync("#ahp-apply");
        Assert.Equal("0.2", await page.InputValueAsync("#eval-tree input.weight[data-code='Physical']"));
        Assert.Contains("Physical%3A0.2", await page.GetAttributeAsync("#eval-meta", "href"), StringComparison.Ordinal);

        Assert.NotNull(await page.GetAttributeAsync("#eval-editor", "open"));
        await page.FillAsync("#eval-tree input.weight[data-code='Conn']", "0");
        await page.ClickAsync("#eval-apply");
        await page.WaitForSelectorAsync("#eval-results[data-loaded='edited']", new PageWaitForSelectorOptions { Timeout = 60_000 });
        Assert.True(await page.IsVisibleAsync("#eval-edited"));

        await page.ClickAsync("#eval-reset");
        await page.ClickAsync("#eval-table tbody tr[data-ucode='NLD'] a");
        await page.WaitForSelectorAsync("#unit-radar[data-drawn='true'] canvas", new PageWaitForSelectorOptions { Timeout = 60_000 });
        Assert.Contains("NLD", await page.TextContentAsync("#unit-title"), StringComparison.Ordinal);
        Assert.True(await page.Locator("#unit-scores tbody tr").CountAsync() > 50);
        Assert.True(await page.Locator("#unit-removals tbody tr").CountAsync() > 40);
        await BrowserPlatform.ShotAsync(page, "evaluation-unit");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Empty(_dialogs);
    }

    private static List<string> Errors(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
            {
                errors.Add(message.Text + " " + message.Location);
            }
        };
        return errors;
    }
}
