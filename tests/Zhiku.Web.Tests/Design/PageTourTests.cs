using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Zhiku.Web.Tests.Design;

/// <summary>
/// Every page in a real browser at a phone's, a tablet's and a desktop's width in Chinese and English: the document
/// never scrolls sideways (wide tables scroll in their own box), axe-core finds no serious or critical violation,
/// every chart has a data table or a text alternative that gives its data, and a screenshot of each lands in artifacts/screenshots/tour/{page}-{width}-{lang}.png.
/// </summary>
public sealed class PageTourTests(TourPlatform tour, ITestOutputHelper output) : IClassFixture<TourPlatform>
{
    [Theory]
    [MemberData(nameof(TourStop.Names), MemberType = typeof(TourStop))]
    public async Task A_page_fits_a_phone_a_tablet_and_a_desktop_in_both_languages_with_no_serious_accessibility_violation(string name)
    {
        var stop = TourStop.Named(name);

        // The two languages' pages are visited side by side (each has its own browser context).
        var visits = await Task.WhenAll(VisitAsync(stop, "zh"), VisitAsync(stop, "en"));

        var problems = visits.SelectMany(v => v).ToList();
        Assert.True(problems.Count == 0, $"{name} ({stop.Path}):\n" + string.Join("\n", problems));
    }

    private async Task<List<string>> VisitAsync(TourStop stop, string lang)
    {
        var problems = new List<string>();
        var clock = Stopwatch.StartNew();
        var page = await tour.PageAsync(lang, stop.Admin);
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync(tour.Fill(stop.Path));
        if (stop.WaitFor is not null)
        {
            await page.WaitForSelectorAsync(stop.WaitFor, new PageWaitForSelectorOptions { Timeout = 60_000 });
        }

        var loaded = clock.ElapsedMilliseconds;
        Assert.Equal(lang == "zh" ? "zh-CN" : "en", await page.GetAttributeAsync("html", "lang"));
        problems.AddRange((await PageChecks.SeriousViolationsAsync(page)).Select(v => $"{lang}: {v}"));
        problems.AddRange((await PageChecks.ChartsWithoutAlternativeAsync(page)).Select(c => $"{lang}: chart without a data table or a text alternative: {c}"));
        var checkedAxe = clock.ElapsedMilliseconds;
        foreach (var width in PageChecks.Widths)
        {
            await page.SetViewportSizeAsync(width, 900);
            if (await PageChecks.OverflowAsync(page) is { } overflow)
            {
                problems.Add($"{lang} at {width} px: {overflow}");
            }

            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TourPlatform.Screenshots, $"{stop.Name}-{width}-{lang}.png") });
        }

        output.WriteLine($"{stop.Name} {lang}: loaded {loaded} ms, axe {checkedAxe - loaded} ms, widths and screenshots {clock.ElapsedMilliseconds - checkedAxe} ms");
        return problems;
    }
}
