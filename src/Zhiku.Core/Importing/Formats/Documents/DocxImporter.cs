using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Zhiku.Importing.Formats.Documents;

/// <summary>A Word document: paragraphs in order (table cells included) and the core properties.</summary>
internal sealed class DocxImporter : DocumentImporter
{
    private static readonly byte[] DocumentPart = "word/document.xml"u8.ToArray();
    private static readonly byte[] WordFolder = "word/"u8.ToArray();

    public override string Format => "document-docx";

    public override int Detect(FileProbe probe)
    {
        if (!probe.IsZip)
        {
            return 0;
        }

        if (probe.Head.AsSpan().IndexOf(DocumentPart) >= 0)
        {
            return 95;
        }

        // The entry may sit past the probed head when large parts come first; the extension and a word/ entry still tell.
        return probe.Extension == ".docx" && probe.Head.AsSpan().IndexOf(WordFolder) >= 0 ? 70 : 0;
    }

    protected override DocumentContent Extract(ImportSource source, CancellationToken cancellationToken)
    {
        using var stream = source.OpenStream();
        using var doc = WordprocessingDocument.Open(stream, false);
        var body = doc.MainDocumentPart?.Document?.Body
            ?? throw new ImportException($"{source.FileName}: the Word package has no document body");
        var text = new StringBuilder();
        string? styledTitle = null;
        foreach (var paragraph in body.Descendants<W.Paragraph>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = ParagraphText(paragraph).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            if (styledTitle is null && style is not null && (style.Equals("Title", StringComparison.OrdinalIgnoreCase) || style.Equals("Heading1", StringComparison.OrdinalIgnoreCase)))
            {
                styledTitle = line;
            }

            text.Append(line).Append('\n');
        }

        var props = doc.PackageProperties;
        var date = props.Created ?? props.Modified;
        return new DocumentContent
        {
            Text = text.ToString(),
            Title = string.IsNullOrWhiteSpace(props.Title) ? styledTitle : props.Title,
            Author = props.Creator,
            Keywords = props.Keywords,
            Description = string.IsNullOrWhiteSpace(props.Description) ? props.Subject : props.Description,
            Date = date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    private static string ParagraphText(W.Paragraph paragraph)
    {
        var sb = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case W.Text t:
                    sb.Append(t.Text);
                    break;
                case W.TabChar:
                    sb.Append('\t');
                    break;
                case W.Break or W.CarriageReturn:
                    sb.Append('\n');
                    break;
            }
        }

        return sb.ToString();
    }
}
