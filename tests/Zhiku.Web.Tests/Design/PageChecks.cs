using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Zhiku.Web.Tests.Design;

/// <summary>
/// What the tour checks on a page: horizontal overflow of the document, axe-core's serious or critical violations, and
/// a text alternative for every chart.
/// </summary>
public static class PageChecks
{
    /// <summary>The three widths a page must fit: a phone, a tablet and a desktop.</summary>
    public static readonly int[] Widths = [375, 768, 1280];

    // The document's scroll width against its client width, and the first elements sticking out of the viewport that
    // no scrolling container of their own clips (a wide table inside .table-scroll is fine).
    private const string OverflowScript = """
        () => {
          const root = document.documentElement, width = root.clientWidth, out = [];
          if (root.scrollWidth <= width) return [String(root.scrollWidth), String(width), ''];
          for (const e of document.querySelectorAll('body *')) {
            const r = e.getBoundingClientRect();
            if (r.width === 0 || r.right <= width + 1) continue;
            let p = e.parentElement, clipped = false;
            while (p && p !== document.body) {
              const o = getComputedStyle(p).overflowX;
              if (o === 'auto' || o === 'scroll' || o === 'hidden') { clipped = true; break; }
              p = p.parentElement;
            }
            if (!clipped) out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\s+/).join('.') : '') + ' (right ' + Math.round(r.right) + ')');
            if (out.length >= 6) break;
          }
          return [String(root.scrollWidth), String(width), out.join(', ')];
        }
        """;

    /// <summary>Null when the document does not scroll sideways, else what sticks out.</summary>
    public static async Task<string?> OverflowAsync(IPage page)
    {
        var found = await page.EvaluateAsync<string[]>(OverflowScript);
        return int.Parse(found[0], System.Globalization.CultureInfo.InvariantCulture) > int.Parse(found[1], System.Globalization.CultureInfo.InvariantCulture)
            ? $"document {found[0]} px wide in a {found[1]} px viewport: {found[2]}"
            : null;
    }

    /// <summary>axe-core's violations of impact serious or critical (WCAG 2.1 A/AA and best practices), one line each.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        return
        [
            .. result.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}"),
        ];
    }

    // Each drawn ECharts chart without a text alternative: an image (role="img") whose label gives its data (ECharts'
    // aria description names the series and their values), or a data table folded right after it.
    private const string ChartsWithoutAlternative = """
        () => [...document.querySelectorAll('[_echarts_instance_]')].filter(el => {
          const label = el.getAttribute('aria-label') || '';
          const described = el.getAttribute('role') === 'img' && /[0-9]/.test(label);
          const next = (el.closest('.chart-box') || el).nextElementSibling;
          const table = next && next.matches('details.chart-data') && next.querySelector('table tbody tr');
          return !described && !table;
        }).map(el => '#' + el.id + ' "' + (el.getAttribute('aria-label') || '').slice(0, 40) + '"')
        """;

    /// <summary>The charts of the page, once every one is drawn, that neither a data table nor a data-bearing label describes.</summary>
    public static async Task<IReadOnlyList<string>> ChartsWithoutAlternativeAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => !document.querySelector(\"[data-drawn='loading']\")", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        return await page.EvaluateAsync<string[]>(ChartsWithoutAlternative);
    }
}
