using Microsoft.Playwright;

namespace Zhiku.Web.Tests.Design;

/// <summary>
/// The keyboard alone, on every page of the tour: the first Tab shows the skip link, which moves the focus to the
/// content; Tab then reaches every control, each with a visible focus ring, and never gets stuck before the last one
/// (the footer's). The search and analysis pages are walked again as an anonymous reader sees them.
/// </summary>
public sealed class KeyboardTests(TourPlatform tour) : IClassFixture<TourPlatform>
{
    private readonly Browser.BrowserPlatform _platform = tour.Platform;

    // Numbers every visible control (data-kb), so the tabbing can say which it reached.
    private const string MarkControls = """
        () => {
          const all = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
            .filter(e => !e.disabled && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
            // A closed <details> hides its content from Tab (its summary stays): not a control to reach.
            .filter(e => { const d = e.closest('details:not([open])'); return !d || (e.closest('summary') && e.closest('summary').parentElement === d); })
            // A radio group is one Tab stop, its checked radio or else its first (the arrow keys move within it, as HTML has it).
            .filter(e => {
              if (e.type !== 'radio' || !e.name) return true;
              const group = [...(e.form ?? document).querySelectorAll('input[type=radio]')].filter(r => r.name === e.name && !r.disabled);
              return e === (group.find(r => r.checked) ?? group[0]);
            });
          all.forEach((e, i) => e.setAttribute('data-kb', String(i)));
          return all.length;
        }
        """;

    // Records each focus as it happens: the control's number, whether its focus is visible, and its class (the skip link's).
    private const string RecordFocus = """
        () => {
          window.zhikuFocus = [];
          document.addEventListener('focusin', ev => {
            const e = ev.target;
            const s = getComputedStyle(e);
            const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow && s.boxShadow !== 'none');
            window.zhikuFocus.push([e.getAttribute('data-kb') || '', ring ? 'visible' : (e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + (e.textContent || '').trim().slice(0, 30)), String(e.className || '')]);
          });
        }
        """;

    // The controls Tab never reached, by tag, id and text.
    private const string Missed = """
        reached => [...document.querySelectorAll('[data-kb]')].filter(e => !reached.includes(e.getAttribute('data-kb')))
          .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + (e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 30))
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
        var page = await _platform.NewPageAsync([]);
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

    [Theory]
    [MemberData(nameof(TourStop.Names), MemberType = typeof(TourStop))]
    public async Task A_tour_page_starts_with_the_skip_link_and_tabs_through_every_control_with_a_visible_focus(string name)
    {
        var stop = TourStop.Named(name);
        var page = await tour.PageAsync("zh", stop.Admin);
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync(tour.Fill(stop.Path));
        if (stop.WaitFor is not null)
        {
            await page.WaitForSelectorAsync(stop.WaitFor, new PageWaitForSelectorOptions { Timeout = 60_000 });
        }

        var controls = await page.EvaluateAsync<int>(MarkControls);
        await page.EvaluateAsync(RecordFocus);
        for (var i = 0; i < Math.Min(controls + 10, 600); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (i >= controls - 1 && await page.EvaluateAsync<int>("() => new Set(window.zhikuFocus.map(f => f[0])).size") >= controls)
            {
                break;
            }
        }

        var focus = await page.EvaluateAsync<string[][]>("() => window.zhikuFocus");
        var reached = focus.Select(f => f[0]).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        var invisible = focus.Where(f => f[1] != "visible").Select(f => f[1]).Distinct().ToList();
        var missed = await page.EvaluateAsync<string[]>(Missed, reached.ToArray());
        await page.FocusAsync(".skip-link");
        await page.Keyboard.PressAsync("Enter");
        var afterSkip = await page.EvaluateAsync<string>("() => document.activeElement.id");

        Assert.True(focus.Length > 0 && focus[0][2].Contains("skip-link", StringComparison.Ordinal), $"{name}: the first Tab focuses {(focus.Length > 0 ? focus[0][2] : "nothing")}, not the skip link");
        Assert.Equal("main", afterSkip);
        Assert.True(missed.Length == 0, $"{name}: Tab reached {reached.Count} of {controls} controls; never: {string.Join(" | ", missed.Take(8))}");
        Assert.True(invisible.Count == 0, $"{name}: no visible focus on: {string.Join(" | ", invisible.Take(8))}");
    }

    [Fact]
    public async Task The_first_tab_shows_the_skip_link_which_moves_the_focus_to_the_main_content()
    {
        var page = await _platform.NewPageAsync([]);
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
