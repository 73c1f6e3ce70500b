using Microsoft.Playwright;

namespace Zhiku.Web.Tests.Design;

/// <summary>
/// Every page in a real browser at a phone's, a tablet's and a desktop's width in Chinese and English: the document
/// never scrolls sideways (wide tables scroll in their own box), axe-core finds no serious or critical violation,
/// and a screenshot of each lands in artifacts/screenshots/tour/{page}-{width}-{lang}.png.
/// </summary>
public sealed class PageTourTests(TourPlatform tour) : IClassFixture<TourPlatform>
{
    [Theory]
    [MemberData(nameof(TourStop.Names), MemberType = typeof(TourStop))]
    public async Task A_page_fits_a_phone_a_tablet_and_a_desktop_in_both_languages_with_no_serious_accessibility_violation(string name)
    {
        var stop = TourStop.Named(name);
        var problems = new List<string>();
        foreach (var lang in (string[])["zh", "en"])
        {
            var page = await tour.PageAsync(lang, stop.Admin);
            await page.SetViewportSizeAsync(1280, 900);
            await page.GotoAsync(tour.Fill(stop.Path));
            if (stop.WaitFor is not null)
            {
                await page.WaitForSelectorAsync(stop.WaitFor, new PageWaitForSelectorOptions { Timeout = 60_000 });
            }

            Assert.Equal(lang == "zh" ? "zh-CN" : "en", await page.GetAttributeAsync("html", "lang"));
            problems.AddRange((await PageChecks.SeriousViolationsAsync(page)).Select(v => $"{lang}: {v}"));
            foreach (var width in PageChecks.Widths)
            {
                await page.SetViewportSizeAsync(width, 900);
                await page.WaitForTimeoutAsync(50);
                if (await PageChecks.OverflowAsync(page) is { } overflow)
                {
                    problems.Add($"{lang} at {width} px: {overflow}");
                }

                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TourPlatform.Screenshots, $"{name}-{width}-{lang}.png"), FullPage = false });
            }
        }

        Assert.True(problems.Count == 0, $"{name} ({stop.Path}):\n" + string.Join("\n", problems));
    }
}
