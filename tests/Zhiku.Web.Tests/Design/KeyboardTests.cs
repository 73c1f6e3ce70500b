using Microsoft.Playwright;
using Zhiku.Web.Tests.Browser;

namespace Zhiku.Web.Tests.Design;

/// <summary>The keyboard alone: Tab reaches every control of the search and analysis pages, each with a visible focus ring, and the skip link jumps to the content.</summary>
public sealed class KeyboardTests(BrowserPlatform platform) : IClassFixture<BrowserPlatform>
{
    // Numbers every visible control (data-kb), so the tabbing can say which it reached.
    private const string MarkControls = """
        () => {
          const all = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
            .filter(e => !e.disabled && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden');
          all.forEach((e, i) => e.setAttribute('data-kb', String(i)));
          return all.length;
        }
        """;

    // The focused control's number and whether its focus is visible (an outline, or a box shadow ring).
    private const string Focused = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return ['', 'none'];
          const s = getComputedStyle(e);
          const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow && s.boxShadow !== 'none');
          return [e.getAttribute('data-kb') || '', ring ? 'visible' : (e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + (e.textContent || '').trim().slice(0, 30))];
        }
        """;

    [Theory]
    [InlineData("/?q=electromagnetic", "#q")]
    [InlineData("/analysis?q=electromagnetic", "#chart-network[data-drawn='true'] canvas")]
    public async Task Tab_reaches_every_control_with_a_visible_focus_and_never_gets_stuck(string path, string ready)
    {
        var page = await platform.NewPageAsync([]);
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync(ready, new PageWaitForSelectorOptions { Timeout = 60_000 });
        var controls = await page.EvaluateAsync<int>(MarkControls);
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var invisible = new List<string>();

        for (var i = 0; i < controls + 10 && reached.Count < controls; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string[]>(Focused);
            if (focused[0].Length > 0)
            {
                reached.Add(focused[0]);
                if (focused[1] != "visible")
                {
                    invisible.Add(focused[1]);
                }
            }
        }

        Assert.True(controls > 10, $"{controls} controls on {path}");
        Assert.True(reached.Count == controls, $"Tab reached {reached.Count} of {controls} controls on {path}");
        Assert.True(invisible.Count == 0, "no visible focus on: " + string.Join(", ", invisible.Distinct()));
    }

    [Fact]
    public async Task The_first_tab_shows_the_skip_link_which_moves_the_focus_to_the_main_content()
    {
        var page = await platform.NewPageAsync([]);
        await page.GotoAsync("/?q=electromagnetic");

        await page.Keyboard.PressAsync("Tab");
        var skip = await page.EvaluateAsync<string>("() => document.activeElement.className + ' ' + document.activeElement.getBoundingClientRect().top");
        await page.Keyboard.PressAsync("Enter");
        var after = await page.EvaluateAsync<string>("() => document.activeElement.id");

        Assert.StartsWith("skip-link ", skip, StringComparison.Ordinal);
        Assert.True(double.Parse(skip.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture) >= 0, "the focused skip link is on screen");
        Assert.Equal("main", after);
    }
}
