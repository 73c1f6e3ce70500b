using Microsoft.Playwright;
using Zhiku.Web.Tests.Browser;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Design;

/// <summary>Work, unit (evaluation) and report pages on paper: no navigation, the full width, links written out after their text.</summary>
public sealed class PrintTests(BrowserPlatform platform) : IClassFixture<BrowserPlatform>
{
    // What print media makes of the page: the header's display, main's padding and the ::after text of a link in main.
    private const string Printed = """
        (selector) => {
          const link = selector ? document.querySelector(selector) : null;
          return [
            getComputedStyle(document.querySelector('header.top')).display,
            getComputedStyle(document.querySelector('.main-nav')).display,
            getComputedStyle(document.querySelector('main')).paddingLeft,
            !selector ? 'no link asked' : link ? getComputedStyle(link, '::after').content : 'no link ' + selector,
          ];
        }
        """;

    [Theory]
    [InlineData("work", "#authors a")]
    [InlineData("/evaluation/samples/asem/units/NLD", "#unit-back")]
    [InlineData("import-job", "")]
    public async Task A_printed_page_has_no_navigation_and_shows_where_its_links_go(string path, string link)
    {
        var page = await platform.NewPageAsync([]);
        if (path == "work")
        {
            await page.GotoAsync("/?q=electromagnetic");
            await page.ClickAsync("ol.hits li a.title");
            await page.WaitForSelectorAsync("#work-title");
        }
        else if (path == "import-job")
        {
            await page.GotoAsync("/account/signin");
            await page.FillAsync("#user-name", "uploader");
            await page.FillAsync("#password", TestUsers.Password);
            await page.ClickAsync("#signin-button");
            await page.GotoAsync("/imports");
            await page.SetInputFilesAsync("#files", [SharedData.Path("bibliographic/wos/metaknowledge_OnePaper.isi")]);
            await page.ClickAsync("#upload-button");
            await page.WaitForSelectorAsync("#report", new PageWaitForSelectorOptions { Timeout = 60_000 });
        }
        else
        {
            await page.GotoAsync(path);
        }

        var screen = await page.EvaluateAsync<string[]>(Printed, link);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var print = await page.EvaluateAsync<string[]>(Printed, link);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserPlatform.Screenshots, "print-" + path.Trim('/').Replace('/', '-') + ".png"), FullPage = true });

        Assert.NotEqual("none", screen[0]);
        Assert.True(link.Length == 0 || screen[3] == "none", screen[3]);
        Assert.Equal("none", print[0]);
        Assert.Equal("none", print[1]);
        Assert.Equal("0px", print[2]);
        if (link.Length > 0)
        {
            Assert.StartsWith("\" (", print[3], StringComparison.Ordinal);
            Assert.Contains("/", print[3], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_html_analysis_report_prints_at_full_width_with_its_links_written_out()
    {
        using var client = new HttpClient { BaseAddress = new Uri(platform.Address + "/") };

        var html = await client.GetStringAsync("/api/v1/analytics/report?format=html&q=electromagnetic");

        Assert.Contains("@media print{body{max-width:none", html, StringComparison.Ordinal);
        Assert.Contains("attr(href)", html, StringComparison.Ordinal);
    }
}
