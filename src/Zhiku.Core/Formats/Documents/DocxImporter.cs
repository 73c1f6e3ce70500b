using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using Zhiku.Files;
using Zhiku.Files.Text;

namespace Zhiku.Formats.Documents;

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
        ZipBounds.Check(stream, source.Limits);
        using var doc = WordprocessingDocument.Open(stream, false);
        var main = doc.MainDocumentPart ?? throw new ImportException($"{source.FileName}: the Word package has no document body");
        string? styledTitle;
        string text;
        using (var part = ZipBounds.Limit(main.GetStream(FileMode.Open, FileAccess.Read), "word/document.xml", source.Limits))
        {
            (text, styledTitle) = DocxText.Read(part, source.Limits.MaxDocumentChars, cancellationToken);
        }

        var props = doc.PackageProperties;
        var date = props.Created ?? props.Modified;
        return new DocumentContent
        {
            Text = text,
            Title = string.IsNullOrWhiteSpace(props.Title) ? styledTitle : props.Title,
            Author = props.Creator,
            Keywords = props.Keywords,
            Description = string.IsNullOrWhiteSpace(props.Description) ? props.Subject : props.Description,
            Date = date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }
}
