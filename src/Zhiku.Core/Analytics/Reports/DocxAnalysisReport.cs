using DocumentFormat.OpenXml.Packaging;
using Zhiku.Files.Docx;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Zhiku.Analytics.Reports;

/// <summary>
/// An analysis report as a Word document: the outline's sections, charts and tables (the DOCX parts of Files/Docx,
/// shared with the evaluation reports). Each chart is the HTML report's SVG rendered to a PNG image, so the report is
/// one file to hand on; the tables still carry all the charts' data.
/// </summary>
public static class DocxAnalysisReport
{
    public static void Write(Stream stream, AnalysisReportData data, ReportParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(parameters);
        var text = AnalysisReportText.For(parameters.Language);
        var zh = text.IsChinese;
        using var document = DocxParts.Create(stream, out var body);
        body.Append(DocxParts.Heading(text["title"], 36, zh));
        body.Append(DocxParts.Paragraph($"{text["query"]}: {parameters.Query}; {text["scope"]}: {parameters.Scope}; {text["date"]}: {ReportFormat.Day(parameters.Date)}", zh));
        foreach (var section in ReportOutline.Build(data, parameters, text))
        {
            body.Append(DocxParts.Heading(section.Heading, 28, zh));
            foreach (var line in section.Lines)
            {
                body.Append(DocxParts.Paragraph(line, zh));
            }

            foreach (var chart in section.Charts)
            {
                var title = ReportCharts.Title(chart, text);
                var image = PngChart.Render(ReportCharts.Svg(chart, data, text));
                body.Append(DocxImage.Paragraph(document.MainDocumentPart!, image.Png, image.Width, image.Height, title));
                body.Append(DocxParts.Paragraph(title, zh));
            }

            foreach (var table in section.Tables)
            {
                if (table.Caption is not null)
                {
                    body.Append(DocxParts.Heading(table.Caption, 24, zh));
                }

                body.Append(DocxParts.Table(table.Header, table.Rows, zh));
                body.Append(DocxParts.Paragraph(string.Empty, zh));
            }
        }

        document.MainDocumentPart!.Document!.Save();
    }
}
