using SkiaSharp;
using Svg.Skia;

namespace Zhiku.Analytics.Reports;

/// <summary>A report chart as a PNG image: the SVG the HTML report draws, rendered here by Skia (no browser, nothing fetched).</summary>
internal sealed record PngChart(byte[] Png, int Width, int Height)
{
    /// <summary>Renders <paramref name="svg"/> at <paramref name="scale"/> times its size on white (sharp when printed).</summary>
    public static PngChart Render(string svg, float scale = 2)
    {
        ArgumentException.ThrowIfNullOrEmpty(svg);
        using var document = new SKSvg();
        var picture = document.FromSvg(svg) ?? throw new InvalidOperationException("the chart's SVG did not render");
        var width = (int)Math.Ceiling(picture.CullRect.Width);
        var height = (int)Math.Ceiling(picture.CullRect.Height);
        using var bitmap = new SKBitmap((int)(width * scale), (int)(height * scale));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            canvas.Scale(scale);
            canvas.DrawPicture(picture);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return new PngChart(png.ToArray(), width, height);
    }
}
