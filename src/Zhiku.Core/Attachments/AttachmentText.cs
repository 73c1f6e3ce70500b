using Zhiku.Files;
using Zhiku.Formats;
using Zhiku.Formats.Documents;

namespace Zhiku.Attachments;

/// <summary>
/// Tells an attachment's type by its first bytes (a name says nothing) and reads its text with the document importers
/// under tight bounds and a time limit: a broken, hostile or oversized file yields no text and a problem code, never an
/// exception or a hang.
/// </summary>
internal static class AttachmentText
{
    /// <summary>The media types attachments may have.</summary>
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Html = "text/html";

    private static readonly ImportLimits Limits = new()
    {
        MaxUnpackedBytes = 64L << 20,
        MaxDocumentChars = 2 << 20,
        MaxLineChars = 4 << 20,
    };

    /// <summary>The media type of the content, or null when it is not a PDF, DOCX or HTML page.</summary>
    public static string? MediaType(byte[] content)
    {
        var head = content.Length > FileProbe.HeadSize ? content[..FileProbe.HeadSize] : content;
        var probe = FileProbe.FromBytes("attachment.docx", head);
        if (probe.IsPdf)
        {
            return Pdf;
        }

        if (probe.IsZip)
        {
            return new DocxImporter().Detect(probe) > 0 ? Docx : null;
        }

        return !probe.IsBinary && new HtmlImporter().Detect(FileProbe.FromBytes("attachment.html", head)) > 0 ? Html : null;
    }

    /// <summary>The text of a file of a checked media type, or null with the problem's code (unreadable, timeout, empty).</summary>
    public static (string? Text, string? Problem) Read(byte[] content, string mediaType, TimeSpan limit)
    {
        var (importer, extension) = mediaType switch
        {
            Pdf => ((DocumentImporter)new PdfImporter(), ".pdf"),
            Docx => (new DocxImporter(), ".docx"),
            _ => (new HtmlImporter(), ".html"),
        };
        var folder = Directory.CreateTempSubdirectory("zhiku-attachment-");
        var path = Path.Combine(folder.FullName, "attachment" + extension);
        using var cancel = new CancellationTokenSource(limit);
        try
        {
            File.WriteAllBytes(path, content);
            var source = new ImportSource(path, FileProbe.Open(path).Encoding) { Limits = Limits };
            var reading = Task.Run(() => importer.Read(source, cancel.Token).OfType<ImportedWork>().FirstOrDefault()?.Work.FullText, cancel.Token);
            if (!reading.Wait(limit))
            {
                // The reader runs on until it notices the cancellation; its result is dropped.
                cancel.Cancel();
                return (null, "timeout");
            }

            var text = reading.Result;
            return string.IsNullOrWhiteSpace(text) ? (null, "no-text") : (text, null);
        }
        catch (AggregateException)
        {
            return (null, "unreadable");
        }
        catch (Exception e) when (e is ImportException or OperationCanceledException or IOException)
        {
            return (null, "unreadable");
        }
        finally
        {
            TryDelete(folder);
        }
    }

    private static void TryDelete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A reader that timed out may still hold the file; the temporary folder is left to the system.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
