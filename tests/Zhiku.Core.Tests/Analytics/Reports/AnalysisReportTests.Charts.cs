using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using SkiaSharp;
using Zhiku.Analytics.Reports;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Zhiku.Tests.Analytics.Reports;

/// <summary>The DOCX report carries the HTML report's charts as images: one file to hand on.</summary>
public sealed partial class AnalysisReportTests
{
    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Docx_holds_every_chart_the_html_report_draws_as_a_png_image(string language)
    {
        var html = HtmlAnalysisReport.Build(Data.Value, Parameters(language));
        var titles = FigureTitle().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        using var stream = new MemoryStream();

        DocxAnalysisReport.Write(stream, Data.Value, Parameters(language));
        stream.Position = 0;

        using var document = WordprocessingDocument.Open(stream, false);
        var main = document.MainDocumentPart!;
        var pictures = main.Document.Body!.Descendants<DW.Inline>().ToList();
        Assert.Equal(4, titles.Count);
        Assert.Equal(titles, pictures.Select(p => p.DocProperties!.Description!.Value));
        foreach (var picture in pictures)
        {
            var embed = picture.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Single().Embed!.Value!;
            var part = (ImagePart)main.GetPartById(embed);
            Assert.Equal("image/png", part.ContentType);
            using var png = part.GetStream();
            using var bitmap = SKBitmap.Decode(png);
            Assert.True(bitmap.Width >= 1000, $"{picture.DocProperties!.Description} is {bitmap.Width} px wide");
            Assert.True(Inked(bitmap) > 0.01, $"{picture.DocProperties!.Description} is blank");
        }

        Assert.DoesNotContain("HTML", main.Document.Body.InnerText, StringComparison.Ordinal);
    }

    // The share of pixels that are not white: a chart drawn with bars, points and text has some.
    private static double Inked(SKBitmap bitmap)
    {
        var inked = 0;
        for (var y = 0; y < bitmap.Height; y += 2)
        {
            for (var x = 0; x < bitmap.Width; x += 2)
            {
                var c = bitmap.GetPixel(x, y);
                if (c.Red < 240 || c.Green < 240 || c.Blue < 240)
                {
                    inked++;
                }
            }
        }

        return inked / (bitmap.Width / 2.0 * (bitmap.Height / 2.0));
    }

    [GeneratedRegex("<figure id=\"chart-[^\"]+\"><svg [^>]*><title>([^<]*)</title>")]
    private static partial Regex FigureTitle();
}
