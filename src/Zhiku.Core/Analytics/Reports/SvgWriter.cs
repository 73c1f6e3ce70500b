using System.Globalization;
using System.Text;

namespace Zhiku.Analytics.Reports;

/// <summary>
/// Writes a static SVG image element by element; every text and attribute value is escaped, and nothing is scripted.
/// </summary>
internal sealed class SvgWriter
{
    private readonly StringBuilder _svg = new();

    public SvgWriter(int width, int height, string title)
    {
        Width = width;
        Height = height;
        _svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{Escape(title)}\" font-family=\"sans-serif\" font-size=\"11\">")
            .Append("<title>").Append(Escape(title)).Append("</title>");
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Escapes the five XML-significant characters, for both text and attribute values.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ when char.IsControl(c) => " ",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    public static string N(double value) => double.IsFinite(value) ? Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture) : "0";

    public SvgWriter Line(double x1, double y1, double x2, double y2, string stroke, bool dashed = false)
    {
        _svg.Append($"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"{stroke}\"{(dashed ? " stroke-dasharray=\"4 3\"" : "")}/>");
        return this;
    }

    public SvgWriter Rect(double x, double y, double width, double height, string fill, string? tooltip = null)
    {
        _svg.Append($"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(Math.Max(0, width))}\" height=\"{N(Math.Max(0, height))}\" fill=\"{fill}\">");
        return Tooltip(tooltip).Close("rect");
    }

    public SvgWriter Circle(double cx, double cy, double r, string fill, string? tooltip = null)
    {
        _svg.Append($"<circle cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"{N(r)}\" fill=\"{fill}\" fill-opacity=\"0.7\">");
        return Tooltip(tooltip).Close("circle");
    }

    public SvgWriter Polyline(IEnumerable<(double X, double Y)> points, string stroke, bool dashed = false)
    {
        _svg.Append($"<polyline fill=\"none\" stroke=\"{stroke}\" stroke-width=\"2\"{(dashed ? " stroke-dasharray=\"6 4\"" : "")} points=\"{Points(points)}\"/>");
        return this;
    }

    public SvgWriter Polygon(IEnumerable<(double X, double Y)> points, string fill)
    {
        _svg.Append($"<polygon fill=\"{fill}\" fill-opacity=\"0.25\" stroke=\"none\" points=\"{Points(points)}\"/>");
        return this;
    }

    public SvgWriter Text(double x, double y, string text, string anchor = "start", int size = 11, string fill = "#333")
    {
        _svg.Append($"<text x=\"{N(x)}\" y=\"{N(y)}\" text-anchor=\"{anchor}\" font-size=\"{size.ToString(CultureInfo.InvariantCulture)}\" fill=\"{fill}\">{Escape(text)}</text>");
        return this;
    }

    public override string ToString() => _svg + "</svg>";

    private static string Points(IEnumerable<(double X, double Y)> points) => string.Join(" ", points.Select(p => N(p.X) + "," + N(p.Y)));

    private SvgWriter Tooltip(string? tooltip)
    {
        if (tooltip is not null)
        {
            _svg.Append("<title>").Append(Escape(tooltip)).Append("</title>");
        }

        return this;
    }

    private SvgWriter Close(string element)
    {
        _svg.Append("</").Append(element).Append('>');
        return this;
    }
}
