using Zhiku.Model;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Browser;

/// <summary>The search box's suggestions in a real browser: typing fills its datalist from the caller's view.</summary>
public sealed class SuggestBrowserTests(BrowserPlatform platform) : IClassFixture<BrowserPlatform>
{
    private readonly List<string> _dialogs = [];

    [Fact]
    public async Task Typing_in_the_search_box_fills_the_datalist_with_visible_completions()
    {
        var page = await platform.NewPageAsync(_dialogs);
        await page.GotoAsync("/");

        await page.Locator("#q").PressSequentiallyAsync("policy zkprobe", new() { Delay = 30 });
        // The completions of an earlier keystroke ("pol…") may be in the list first: wait for those of the whole text.
        await page.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('#q-suggestions option')].some(o => o.value.startsWith('policy zkprobe'))");
        var options = await page.Locator("#q-suggestions option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)");

        Assert.Contains("policy " + Probes.Marker(AccessLevel.Public), options);
        Assert.DoesNotContain(options, o => o.Contains(Probes.Marker(AccessLevel.Restricted), StringComparison.Ordinal));
        Assert.Empty(_dialogs);
    }
}
