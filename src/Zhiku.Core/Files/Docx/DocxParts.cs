using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Zhiku.Files.Docx;

/// <summary>Small builders for the Word elements a report uses: headings, paragraphs and bordered tables.</summary>
internal static class DocxParts
{
    /// <summary>A new Word document on the stream with its empty body; the document saves when it is disposed.</summary>
    public static DocumentFormat.OpenXml.Packaging.WordprocessingDocument Create(Stream stream, out W.Body body)
    {
        var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        body = new W.Body();
        document.AddMainDocumentPart().Document = new W.Document(body);
        return document;
    }

    public static W.Paragraph Heading(string text, int size, bool chinese) => new(new W.Run(Properties(chinese, bold: true, size), new W.Text(text)));

    public static W.Paragraph Paragraph(string text, bool chinese) =>
        new(new W.Run(Properties(chinese, bold: false, 21), new W.Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));

    public static W.Table Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, bool chinese)
    {
        // Children in the schema's order (ECMA-376 CT_TblPr, CT_TblBorders) and a tblGrid, so that the document validates.
        var border = new W.TableBorders(
            new W.TopBorder { Val = W.BorderValues.Single, Size = 4 },
            new W.LeftBorder { Val = W.BorderValues.Single, Size = 4 },
            new W.BottomBorder { Val = W.BorderValues.Single, Size = 4 },
            new W.RightBorder { Val = W.BorderValues.Single, Size = 4 },
            new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4 },
            new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4 });
        var table = new W.Table(
            new W.TableProperties(new W.TableWidth { Type = W.TableWidthUnitValues.Pct, Width = "5000" }, border),
            new W.TableGrid(header.Select(_ => new W.GridColumn())));
        table.Append(Row(header, chinese, bold: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, chinese, bold: false));
        }

        return table;
    }

    private static W.TableRow Row(IReadOnlyList<string> cells, bool chinese, bool bold) =>
        new(cells.Select(c => new W.TableCell(new W.Paragraph(new W.Run(Properties(chinese, bold, 18), new W.Text(c))))));

    private static W.RunProperties Properties(bool chinese, bool bold, int halfPoints)
    {
        var properties = new W.RunProperties();
        if (chinese)
        {
            properties.Append(new W.RunFonts { EastAsia = "SimSun", Ascii = "Times New Roman", HighAnsi = "Times New Roman" });
        }

        if (bold)
        {
            properties.Append(new W.Bold());
        }

        properties.Append(new W.FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return properties;
    }
}
