using Microsoft.Playwright;

namespace Zhiku.Web.Tests.Manual;

/// <summary>
/// The screenshots of the manuals are taken here, from the seeded platform in Chromium, so that they never show an
/// older platform than the code: Chinese pages for 用户手册 and 管理员手册, English pages for the English editions,
/// 1280 px wide, written to docs/manual/images/{name}-{lang}.png (committed with the manuals).
/// </summary>
public sealed class ManualScreenshotTests(ManualPlatform platform) : IClassFixture<ManualPlatform>
{
    /// <summary>A picture larger than this makes the repository heavy for little gain: keep the viewport modest.</summary>
    public const long MaxBytes = 200 * 1024;

    [Theory]
    [MemberData(nameof(ManualShot.Names), MemberType = typeof(ManualShot))]
    public async Task A_manual_screenshot_is_taken_from_the_running_platform_in_both_languages_and_stays_small(string name)
    {
        var shot = ManualShot.Named(name);
        Directory.CreateDirectory(ManualShot.Images);
        foreach (var lang in ManualShot.Languages)
        {
            var page = await platform.PageAsync(lang);
            await page.SetViewportSizeAsync(1280, shot.Height);
            await page.GotoAsync(platform.Fill(shot.Path));
            if (shot.WaitFor is not null)
            {
                await page.WaitForSelectorAsync(shot.WaitFor, new PageWaitForSelectorOptions { Timeout = 60_000 });
            }

            Assert.Equal(lang == "zh" ? "zh-CN" : "en", await page.GetAttributeAsync("html", "lang"));
            var path = Path.Combine(ManualShot.Images, $"{shot.Name}-{lang}.png");
            if (shot.Element is null)
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = false });
            }
            else
            {
                await page.Locator(shot.Element).ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
            }

            var bytes = new FileInfo(path).Length;
            Assert.True(bytes is > 5_000 and <= MaxBytes, $"{path} is {bytes:N0} bytes (expected a real picture of at most {MaxBytes:N0})");
        }
    }
}
