using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Zhiku.Tests.Importing.Documents;

/// <summary>Builds document files in a temporary folder that is removed on dispose.</summary>
public sealed class DocumentFixtures : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("zhiku-docs-").FullName;

    public string Path(string name) => System.IO.Path.Combine(_folder, name);

    public string Text(string name, string content)
    {
        var path = Path(name);
        File.WriteAllText(path, content);
        return path;
    }

    public string Bytes(string name, byte[] content)
    {
        var path = Path(name);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>A PDF with one page per entry of <paramref name="pages"/>, each a list of lines (standard-14 fonts: Latin text only).</summary>
    public string Pdf(string name, IReadOnlyList<IReadOnlyList<string>> pages, string? title = null, string? author = null, string? keywords = null, string? created = null)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = 780.0;
            foreach (var line in lines)
            {
                page.AddText(line, 11, new PdfPoint(50, y), font);
                y -= 18;
            }
        }

        builder.DocumentInformation.Title = title;
        builder.DocumentInformation.Author = author;
        builder.DocumentInformation.Keywords = keywords;
        builder.DocumentInformation.CreationDate = created;
        return Bytes(name, builder.Build());
    }

    /// <summary>A DOCX with one paragraph per line; the first one styled as <paramref name="firstStyle"/> when given.</summary>
    public string Docx(string name, IEnumerable<string> paragraphs, string? title = null, string? creator = null, DateTime? created = null, string? firstStyle = null)
    {
        var path = Path(name);
        using (var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new W.Body();
            var first = true;
            foreach (var text in paragraphs)
            {
                var paragraph = new W.Paragraph(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
                if (first && firstStyle is not null)
                {
                    paragraph.ParagraphProperties = new W.ParagraphProperties(new W.ParagraphStyleId { Val = firstStyle });
                }

                first = false;
                body.Append(paragraph);
            }

            main.Document = new W.Document(body);
            doc.PackageProperties.Title = title;
            doc.PackageProperties.Creator = creator;
            doc.PackageProperties.Created = created;
        }

        return path;
    }

    /// <summary>The first <paramref name="count"/> bytes of a file, written beside it: a truncated download.</summary>
    public string Truncated(string source, string name, int count) => Bytes(name, File.ReadAllBytes(source)[..count]);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
