using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Zhiku.Files.Docx;

/// <summary>A PNG image in its own paragraph, inline with the text (ECMA-376 DrawingML picture in a wp:inline).</summary>
internal static class DocxImage
{
    private const long EmuPerPixel = 9525; // 914,400 EMU per inch at 96 pixels per inch

    /// <summary>
    /// Adds <paramref name="png"/> to the document and returns the paragraph that shows it, <paramref name="width"/> ×
    /// <paramref name="height"/> CSS pixels, at most <paramref name="maxWidth"/> pixels wide (the page's text width).
    /// <paramref name="name"/> is the picture's title and its description for screen readers.
    /// </summary>
    public static W.Paragraph Paragraph(MainDocumentPart main, byte[] png, int width, int height, string name, int maxWidth = 620)
    {
        ArgumentNullException.ThrowIfNull(main);
        ArgumentNullException.ThrowIfNull(png);
        var part = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png))
        {
            part.FeedData(stream);
        }

        var id = main.GetIdOfPart(part);
        var shrink = width > maxWidth ? maxWidth / (double)width : 1;
        var cx = (long)(width * shrink * EmuPerPixel);
        var cy = (long)(height * shrink * EmuPerPixel);
        var number = (uint)main.ImageParts.Count();
        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(
                new PIC.NonVisualDrawingProperties { Id = 0U, Name = $"chart{number}.png", Description = name },
                new PIC.NonVisualPictureDrawingProperties()),
            new PIC.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = number, Name = name, Description = name },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        return new W.Paragraph(new W.Run(new W.Drawing(inline)));
    }
}
