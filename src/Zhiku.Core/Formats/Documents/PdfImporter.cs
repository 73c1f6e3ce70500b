using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Zhiku.Formats.Documents;

/// <summary>A PDF document: its pages' text in content order, and the document information dictionary.</summary>
internal sealed class PdfImporter : DocumentImporter
{
    public override string Format => "document-pdf";

    public override int Detect(FileProbe probe) => probe.IsPdf ? 95 : 0;

    protected override DocumentContent Extract(ImportSource source, CancellationToken cancellationToken)
    {
        using var stream = source.OpenStream();
        using var pdf = PdfDocument.Open(stream);
        var text = new StringBuilder();
        foreach (var page in pdf.GetPages())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var pageText = ContentOrderTextExtractor.GetText(page).Trim();
            if (pageText.Length > 0)
            {
                text.Append(pageText).Append("\n\n");
            }
        }

        var info = pdf.Information;
        var extra = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(info.Producer))
        {
            extra["Producer"] = info.Producer.Trim();
        }

        return new DocumentContent
        {
            Text = text.ToString(),
            Title = info.Title,
            Author = info.Author,
            Keywords = info.Keywords,
            Description = info.Subject,
            Date = info.CreationDate ?? info.ModifiedDate,
            Extra = extra,
        };
    }
}
