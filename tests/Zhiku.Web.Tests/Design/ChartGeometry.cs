using System.Globalization;
using Microsoft.Playwright;

namespace Zhiku.Web.Tests.Design;

/// <summary>
/// One text a chart drew (an axis label, a node's name, a legend entry), in the chart's own pixels: its upright box,
/// and its box in its own frame (turned back by its <paramref name="Angle"/>) for comparing rotated labels.
/// </summary>
public sealed record ChartLabel(string Text, double X, double Y, double Width, double Height, double Angle, (double X, double Y, double Width, double Height) Own)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    /// <summary>How far two labels overlap, as the smaller of the overlap's width and height (0 when apart); two
    /// labels turned by the same angle are compared in their own frame.</summary>
    public double Overlap(ChartLabel other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Math.Abs(Angle - other.Angle) < 0.01
            ? Apart(Own.X, Own.Y, Own.Width, Own.Height, other.Own.X, other.Own.Y, other.Own.Width, other.Own.Height)
            : Apart(X, Y, Width, Height, other.X, other.Y, other.Width, other.Height);
    }

    private static double Apart(double x1, double y1, double w1, double h1, double x2, double y2, double w2, double h2) =>
        Math.Max(0, Math.Min(Math.Min(x1 + w1, x2 + w2) - Math.Max(x1, x2), Math.Min(y1 + h1, y2 + h2) - Math.Max(y1, y2)));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"'{Text}' at ({X:0},{Y:0}) {Width:0}×{Height:0}");
}

/// <summary>
/// What an ECharts chart drew, read from its renderer's display list (zrender's text spans with their final transform),
/// so that a test sees the labels a person sees: the hidden ones (hideOverlap, emphasis only) are not in the list.
/// </summary>
public sealed record ChartGeometry(double Width, double Height, IReadOnlyList<ChartLabel> Labels, IReadOnlyList<(double X, double Y)> Nodes)
{
    private const string Script = """
        (selector) => {
          const el = document.querySelector(selector);
          const chart = el && echarts.getInstanceByDom(el);
          if (!chart) return null;
          const labels = [], nodes = [];
          for (const d of chart.getZr().storage.getDisplayList(true)) {
            if (d.invisible || (d.style && d.style.opacity === 0)) continue;
            if (d.type === 'tspan' && d.style.text && String(d.style.text).trim() !== '') {
              const local = d.getBoundingRect(), m = d.transform || [1, 0, 0, 1, 0, 0];
              const r = local.clone();
              r.applyTransform(m);
              // A label outside the clip of its group (a scrolling legend's hidden page) is not seen.
              const clips = (d.__clipPaths || []).map(c => { const b = c.getBoundingRect().clone(); if (c.transform) b.applyTransform(c.transform); return b; });
              if (clips.some(b => r.x >= b.x + b.width || r.x + r.width <= b.x || r.y >= b.y + b.height || r.y + r.height <= b.y)) continue;
              // The box in the label's own rotated frame (rotated axis labels' corners stick out of an upright box).
              const angle = Math.atan2(m[1], m[0]), cos = Math.cos(-angle), sin = Math.sin(-angle);
              const corners = [[local.x, local.y], [local.x + local.width, local.y], [local.x, local.y + local.height], [local.x + local.width, local.y + local.height]]
                .map(([x, y]) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]])
                .map(([x, y]) => [cos * x - sin * y, sin * x + cos * y]);
              const fx = Math.min(...corners.map(c => c[0])), fy = Math.min(...corners.map(c => c[1]));
              labels.push([String(d.style.text), r.x, r.y, r.width, r.height, angle, fx, fy, Math.max(...corners.map(c => c[0])) - fx, Math.max(...corners.map(c => c[1])) - fy]);
            }
          }
          const option = chart.getOption();
          const graph = (option.series || []).find(s => s.type === 'graph');
          if (graph) {
            const data = chart.getModel().getSeriesByIndex(option.series.indexOf(graph)).getData();
            for (let i = 0; i < data.count(); i++) { const p = data.getItemLayout(i); const m = chart.convertToPixel({ seriesIndex: option.series.indexOf(graph) }, p); nodes.push(m || p); }
          }
          return { width: chart.getWidth(), height: chart.getHeight(), labels, nodes };
        }
        """;

    /// <summary>The geometry of the chart in the element matched by <paramref name="selector"/>.</summary>
    public static async Task<ChartGeometry> ReadAsync(IPage page, string selector)
    {
        var found = await page.EvaluateAsync<System.Text.Json.JsonElement?>(Script, selector);
        if (found is not { ValueKind: System.Text.Json.JsonValueKind.Object } root)
        {
            throw new InvalidOperationException($"no chart drawn in {selector}");
        }

        var labels = root.GetProperty("labels").EnumerateArray()
            .Select(l => new ChartLabel(l[0].GetString()!, l[1].GetDouble(), l[2].GetDouble(), l[3].GetDouble(), l[4].GetDouble(), l[5].GetDouble(),
                (l[6].GetDouble(), l[7].GetDouble(), l[8].GetDouble(), l[9].GetDouble()))).ToList();
        var nodes = root.GetProperty("nodes").EnumerateArray().Select(n => (n[0].GetDouble(), n[1].GetDouble())).ToList();
        return new ChartGeometry(root.GetProperty("width").GetDouble(), root.GetProperty("height").GetDouble(), labels, nodes);
    }

    /// <summary>Labels that stick out of the chart by more than <paramref name="tolerance"/> pixels, one line each.</summary>
    public IReadOnlyList<string> Outside(double tolerance = 1) =>
    [
        .. Labels.Where(l => l.X < -tolerance || l.Y < -tolerance || l.Right > Width + tolerance || l.Bottom > Height + tolerance)
            .Select(l => string.Create(CultureInfo.InvariantCulture, $"{l} outside {Width:0}×{Height:0}")),
    ];

    /// <summary>Pairs of labels overlapping by more than <paramref name="tolerance"/> pixels, one line each.</summary>
    public IReadOnlyList<string> Overlapping(double tolerance = 2)
    {
        var found = new List<string>();
        for (var i = 0; i < Labels.Count; i++)
        {
            for (var j = i + 1; j < Labels.Count; j++)
            {
                if (Labels[i].Overlap(Labels[j]) > tolerance)
                {
                    found.Add($"{Labels[i]} overlaps {Labels[j]}");
                }
            }
        }

        return found;
    }
}
