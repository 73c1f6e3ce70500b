using System.Globalization;

namespace Zhiku.Analytics.Reports;

/// <summary>
/// The report's static charts, drawn server-side as plain SVG: a bar chart, a burst timeline, a scatter plot with
/// median lines (the thematic map) and a line chart with a band (the trend with its prediction intervals).
/// </summary>
internal static class SvgCharts
{
    private const int Width = 720;
    private const double Left = 56, Right = 20, Top = 32, Bottom = 44;
    private static readonly string[] Palette = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];

    public static string Bars(string title, IReadOnlyList<(string Label, double Value)> bars)
    {
        var svg = Frame(title, 300, out var plot);
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        YAxis(svg, plot, 0, max);
        var step = plot.Width / Math.Max(1, bars.Count);
        var every = (int)Math.Ceiling(bars.Count / 15.0);
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var y = Scale(value, 0, max, plot.Bottom, plot.Y);
            svg.Rect(plot.X + (i * step) + (step * 0.1), y, step * 0.8, plot.Bottom - y, Palette[0], $"{label}: {SvgWriter.N(value)}");
            if (i % every == 0)
            {
                svg.Text(plot.X + (i * step) + (step / 2), plot.Bottom + 14, label, "middle", 10);
            }
        }

        return svg.ToString();
    }

    public static string Timeline(string title, string none, IReadOnlyList<string> slices, IReadOnlyList<(string Term, int Start, int End, double Weight)> bursts)
    {
        const double RowHeight = 16, TermWidth = 190;
        var rows = bursts.Take(40).ToList();
        var svg = new SvgWriter(Width, (int)(Top + Bottom + (Math.Max(1, rows.Count) * RowHeight)), title);
        svg.Text(Width / 2.0, 18, title, "middle", 13);
        var x0 = TermWidth;
        var columns = Math.Max(1, slices.Count);
        var step = (Width - Right - x0) / columns;
        var every = (int)Math.Ceiling(columns / 12.0);
        var bottom = Top + (Math.Max(1, rows.Count) * RowHeight);
        for (var s = 0; s < slices.Count; s++)
        {
            svg.Line(x0 + (s * step), Top, x0 + (s * step), bottom, "#eee");
            if (s % every == 0)
            {
                svg.Text(x0 + (s * step) + (step / 2), bottom + 14, slices[s], "middle", 10);
            }
        }

        if (rows.Count == 0)
        {
            svg.Text(x0, Top + 12, none);
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var (term, start, end, weight) = rows[r];
            var y = Top + (r * RowHeight);
            svg.Text(x0 - 6, y + 12, Shorten(term, 30), "end", 10);
            svg.Rect(x0, y + 5, step * columns, 3, "#ddd");
            svg.Rect(x0 + (start * step), y + 2, (end - start + 1) * step, RowHeight - 4, "#b22222",
                $"{term}: {slices[start]}–{slices[end]} ({SvgWriter.N(weight)})");
        }

        return svg.ToString();
    }

    public static string Scatter(string title, string xName, string yName, IReadOnlyList<(double X, double Y, string Label, double Size)> points)
    {
        var svg = Frame(title, 420, out var plot);
        if (points.Count == 0)
        {
            return svg.ToString();
        }

        var (xMin, xMax) = Range(points.Select(p => p.X));
        var (yMin, yMax) = Range(points.Select(p => p.Y));
        YAxis(svg, plot, yMin, yMax);
        XAxis(svg, plot, xMin, xMax);
        svg.Text(plot.X + (plot.Width / 2), plot.Bottom + 34, xName, "middle");
        svg.Text(12, plot.Y - 10, yName);
        var xMedian = Median(points.Select(p => p.X));
        var yMedian = Median(points.Select(p => p.Y));
        svg.Line(Scale(xMedian, xMin, xMax, plot.X, plot.Right), plot.Y, Scale(xMedian, xMin, xMax, plot.X, plot.Right), plot.Bottom, "#888", dashed: true);
        svg.Line(plot.X, Scale(yMedian, yMin, yMax, plot.Bottom, plot.Y), plot.Right, Scale(yMedian, yMin, yMax, plot.Bottom, plot.Y), "#888", dashed: true);
        var maxSize = Math.Max(1e-9, points.Max(p => p.Size));
        for (var i = 0; i < points.Count; i++)
        {
            var (x, y, label, size) = points[i];
            var cx = Scale(x, xMin, xMax, plot.X, plot.Right);
            var cy = Scale(y, yMin, yMax, plot.Bottom, plot.Y);
            svg.Circle(cx, cy, 5 + (15 * Math.Sqrt(size / maxSize)), Palette[i % Palette.Length], label);
            svg.Text(cx, cy - 4, Shorten(label, 24), cx > plot.Right - 70 ? "end" : cx < plot.X + 70 ? "start" : "middle", 10);
        }

        return svg.ToString();
    }

    /// <summary>Observed points, a fitted line over observed and forecast years, and the forecast's prediction band.</summary>
    public static string Trend(
        string title, (string Observed, string Fitted, string Interval) names, IReadOnlyList<(int Year, double Value)> observed,
        IReadOnlyList<(int Year, double Value)> fitted, IReadOnlyList<(int Year, double Lower, double Upper)> band)
    {
        var svg = Frame(title, 320, out var plot);
        var years = observed.Select(o => o.Year).Concat(fitted.Select(f => f.Year)).Concat(band.Select(b => b.Year)).ToList();
        if (years.Count == 0)
        {
            return svg.ToString();
        }

        var (xMin, xMax) = Range(years.Select(y => (double)y));
        var (_, yMax) = Range(observed.Select(o => o.Value).Concat(fitted.Select(f => f.Value)).Concat(band.Select(b => b.Upper)).Append(0));
        YAxis(svg, plot, 0, yMax);
        XAxis(svg, plot, xMin, xMax, integers: true);
        double X(double year) => Scale(year, xMin, xMax, plot.X, plot.Right);
        double Y(double value) => Scale(value, 0, yMax, plot.Bottom, plot.Y);
        if (band.Count > 0)
        {
            svg.Polygon(band.Select(b => (X(b.Year), Y(b.Upper))).Concat(band.Reverse().Select(b => (X(b.Year), Y(b.Lower)))), Palette[1]);
        }

        svg.Polyline(fitted.Select(f => (X(f.Year), Y(f.Value))), Palette[1], dashed: true);
        foreach (var (year, value) in observed)
        {
            svg.Circle(X(year), Y(value), 3, Palette[0], string.Create(CultureInfo.InvariantCulture, $"{year}: {value}"));
        }

        var legend = plot.X + 10;
        svg.Circle(legend, plot.Y + 6, 3, Palette[0]).Text(legend + 8, plot.Y + 10, names.Observed);
        svg.Line(legend + 100, plot.Y + 6, legend + 120, plot.Y + 6, Palette[1], dashed: true).Text(legend + 126, plot.Y + 10, names.Fitted);
        svg.Rect(legend + 220, plot.Y + 1, 18, 10, Palette[1]).Text(legend + 244, plot.Y + 10, names.Interval);
        return svg.ToString();
    }

    private static SvgWriter Frame(string title, int height, out Plot plot)
    {
        var svg = new SvgWriter(Width, height, title);
        svg.Text(Width / 2.0, 18, title, "middle", 13);
        plot = new Plot(Left, Top, Width - Left - Right, height - Top - Bottom);
        svg.Line(plot.X, plot.Bottom, plot.Right, plot.Bottom, "#333").Line(plot.X, plot.Y, plot.X, plot.Bottom, "#333");
        return svg;
    }

    private static void YAxis(SvgWriter svg, Plot plot, double min, double max)
    {
        for (var k = 0; k <= 4; k++)
        {
            var value = min + ((max - min) * k / 4);
            var y = Scale(value, min, max, plot.Bottom, plot.Y);
            svg.Line(plot.X - 4, y, plot.X, y, "#333").Text(plot.X - 6, y + 4, SvgWriter.N(value), "end", 10);
        }
    }

    private static void XAxis(SvgWriter svg, Plot plot, double min, double max, bool integers = false)
    {
        for (var k = 0; k <= 4; k++)
        {
            var value = min + ((max - min) * k / 4);
            var label = integers ? Math.Round(value).ToString(CultureInfo.InvariantCulture) : SvgWriter.N(value);
            var x = Scale(value, min, max, plot.X, plot.Right);
            svg.Line(x, plot.Bottom, x, plot.Bottom + 4, "#333").Text(x, plot.Bottom + 16, label, "middle", 10);
        }
    }

    private static double Scale(double value, double min, double max, double from, double to) =>
        max > min ? from + ((value - min) / (max - min) * (to - from)) : (from + to) / 2;

    private static (double Min, double Max) Range(IEnumerable<double> values)
    {
        var finite = values.Where(double.IsFinite).ToList();
        if (finite.Count == 0)
        {
            return (0, 1);
        }

        var (min, max) = (finite.Min(), finite.Max());
        var pad = max > min ? (max - min) * 0.05 : 1;
        return (min - pad, max + pad);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var m = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private readonly record struct Plot(double X, double Y, double Width, double Height)
    {
        public double Right => X + Width;

        public double Bottom => Y + Height;
    }
}
