using Microsoft.Playwright;
using Zhiku.Model;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Browser;

/// <summary>The platform in a real browser: search and facets, a detail page, sign-in, an upload with its report, a denial, the language switch.</summary>
public sealed class BrowserTests(BrowserPlatform platform) : IClassFixture<BrowserPlatform>
{
    private readonly List<string> _dialogs = [];

    private async Task SignInAsync(IPage page, string user)
    {
        await page.GotoAsync("/account/signin");
        await page.FillAsync("#user-name", user);
        await page.FillAsync("#password", TestUsers.Password);
        await page.ClickAsync("#signin-button");
        await page.WaitForSelectorAsync("#signed-in-user");
    }

    [Fact]
    public async Task Search_then_filter_by_a_facet_in_the_browser()
    {
        var page = await platform.NewPageAsync(_dialogs);
        await page.GotoAsync("/");
        await page.FillAsync("#q", "electromagnetic");
        await page.ClickAsync("#search-button");
        var before = await page.TextContentAsync("#result-count");
        await BrowserPlatform.ShotAsync(page, "search");

        // The year facet is a histogram: a bar narrows the search to its year.
        await page.Locator("#year-histogram .bar:not(.empty)").Last.ClickAsync();
        await page.WaitForSelectorAsync("#year-chip");
        var after = await page.TextContentAsync("#result-count");

        Assert.Matches("共 [0-9]+ 条结果", before);
        Assert.NotEqual(before, after);
        Assert.True(await page.Locator("ol.hits li").CountAsync() > 0);
        Assert.True(await page.Locator(".snippet em").CountAsync() > 0);
        await BrowserPlatform.ShotAsync(page, "search-facet");
        Assert.Empty(_dialogs);
    }

    [Fact]
    public async Task A_detail_page_opens_from_a_hit_with_authors_and_provenance()
    {
        var page = await platform.NewPageAsync(_dialogs);
        await page.GotoAsync("/?q=electromagnetic");
        await page.ClickAsync("ol.hits li a.title");
        await page.WaitForSelectorAsync("#work-title");

        Assert.True(await page.Locator("#authors a").CountAsync() > 0);
        Assert.True(await page.Locator("#provenance tbody tr").CountAsync() > 0);
        await BrowserPlatform.ShotAsync(page, "work-detail");
    }

    [Fact]
    public async Task Hostile_records_run_no_script_in_the_browser()
    {
        var page = await platform.NewPageAsync(_dialogs);
        await page.GotoAsync("/?q=hostile");
        await page.GotoAsync($"/works/{platform.HostileId}");
        await page.WaitForTimeoutAsync(300);

        Assert.Contains("<script>", await page.TextContentAsync("#work-title"), StringComparison.Ordinal);
        Assert.Empty(_dialogs);
        await BrowserPlatform.ShotAsync(page, "hostile-escaped");
    }

    [Fact]
    public async Task Sign_in_upload_two_files_and_read_the_report_with_rejected_records()
    {
        var page = await platform.NewPageAsync(_dialogs);
        await SignInAsync(page, "uploader");
        await page.GotoAsync("/imports");
        await page.SetInputFilesAsync("#files", [Probes.WriteWithRejection(platform.FilesRoot), SharedData.Path("bibliographic/wos/metaknowledge_OnePaper.isi")]);
        await page.SelectOptionAsync("#access", "internal");
        await page.ClickAsync("#upload-button");
        await page.WaitForSelectorAsync("#report", new PageWaitForSelectorOptions { Timeout = 60_000 });

        Assert.Equal("1", (await page.TextContentAsync("#report-rejected"))?.Trim());
        Assert.Contains("missing title", await page.TextContentAsync("#rejections"), StringComparison.Ordinal);
        await BrowserPlatform.ShotAsync(page, "import-report");
    }

    [Fact]
    public async Task A_viewer_is_denied_the_import_page_and_anonymous_visitors_do_not_see_restricted_works()
    {
        var page = await platform.NewPageAsync(_dialogs);
        var restricted = await page.GotoAsync($"/works/{platform.ProbeIds[AccessLevel.Restricted]}");
        Assert.Equal(404, restricted!.Status);
        Assert.Contains("未找到", await page.TextContentAsync("#status-title"), StringComparison.Ordinal);

        await SignInAsync(page, "viewer");
        await page.GotoAsync("/imports");
        await page.WaitForSelectorAsync("#denied");
        await BrowserPlatform.ShotAsync(page, "access-denied");

        await SignInAsync(page, "manager");
        var allowed = await page.GotoAsync($"/works/{platform.ProbeIds[AccessLevel.Restricted]}");
        Assert.Equal(200, allowed!.Status);
    }

    [Fact]
    public async Task The_language_switch_turns_the_pages_to_English_and_back()
    {
        var page = await platform.NewPageAsync(_dialogs);
        await page.GotoAsync("/dashboard");
        await page.WaitForSelectorAsync("#chart-years[data-drawn='true'] canvas");
        await BrowserPlatform.ShotAsync(page, "dashboard-zh");
        Assert.Contains("年度产出", await page.ContentAsync(), StringComparison.Ordinal);

        await page.ClickAsync("#lang-switch");
        await page.WaitForSelectorAsync("html[lang='en']");
        Assert.Contains("Annual production", await page.ContentAsync(), StringComparison.Ordinal);
        await page.GotoAsync("/?q=electromagnetic");
        Assert.Contains("result(s)", await page.TextContentAsync("#result-count"), StringComparison.Ordinal);
        await BrowserPlatform.ShotAsync(page, "search-en");

        await page.ClickAsync("#lang-switch");
        await page.WaitForSelectorAsync("html[lang='zh-CN']");
    }
}
