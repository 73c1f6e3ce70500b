using System.Globalization;
using Zhiku.Web.Tests.Design;

namespace Zhiku.Web.Tests.Browser;

/// <summary>Issue 11: the year histogram of the search page drives the from–to filter in a real browser, and fits a phone.</summary>
public sealed class YearHistogramBrowserTests(BrowserPlatform platform) : IClassFixture<BrowserPlatform>
{
    private readonly List<string> _dialogs = [];

    [Fact]
    public async Task A_click_on_a_year_bar_narrows_the_search_to_that_year_and_the_page_fits_a_phone()
    {
        var page = await platform.NewPageAsync(_dialogs);
        await page.GotoAsync("/?q=*");
        var bar = page.Locator("#year-histogram .bar:not(.empty)").Last;
        var year = await bar.GetAttributeAsync("data-year");
        var count = int.Parse((await bar.GetAttributeAsync("data-count"))!, CultureInfo.InvariantCulture);

        await bar.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("from=" + year, StringComparison.Ordinal) && url.Contains("to=" + year, StringComparison.Ordinal));

        Assert.Equal(year, await page.InputValueAsync("#year-from"));
        Assert.Contains(count.ToString(CultureInfo.InvariantCulture), await page.TextContentAsync("#result-count") ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("#year-chip").CountAsync());
        await page.SetViewportSizeAsync(375, 800);
        Assert.Null(await PageChecks.OverflowAsync(page));
        await BrowserPlatform.ShotAsync(page, "year-histogram-375");
        Assert.Empty(_dialogs);
    }
}
