using Zhiku.Files;
using Zhiku.Model;

namespace Zhiku.Formats.Documents;

/// <summary>The shared shape of the document importers: one file is one work with its full text.</summary>
internal abstract class DocumentImporter : IFormatImporter
{
    public abstract string Format { get; }

    public abstract int Detect(FileProbe probe);

    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var bytes = new FileInfo(source.Path).Length;
        if (bytes > source.Limits.MaxDocumentBytes)
        {
            throw new ImportException($"{source.FileName}: {bytes:N0} bytes, more than the {source.Limits.MaxDocumentBytes:N0} bytes one document may have");
        }

        DocumentContent content;
        try
        {
            content = Extract(source, cancellationToken);
        }
        catch (ImportException ex) when (!ex.Message.StartsWith(source.FileName, StringComparison.Ordinal))
        {
            throw new ImportException($"{source.FileName}: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is not ImportException and not OperationCanceledException)
        {
            throw new ImportException($"{source.FileName}: cannot be read as {Format} ({ex.GetType().Name}: {ex.Message})", ex);
        }

        if (content.Text.Length > source.Limits.MaxDocumentChars)
        {
            content = content with { Text = content.Text[..source.Limits.MaxDocumentChars] };
        }

        WorkRecord work = DocumentWorks.Build(content, source.FileName);
        return [new ImportedWork(new RecordPosition(1, 0), work)];
    }

    /// <summary>Reads the text and metadata of the file; may throw anything, which becomes an <see cref="ImportException"/>.</summary>
    protected abstract DocumentContent Extract(ImportSource source, CancellationToken cancellationToken);
}
