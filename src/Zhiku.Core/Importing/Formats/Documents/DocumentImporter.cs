using Zhiku.Model;

namespace Zhiku.Importing.Formats.Documents;

/// <summary>The shared shape of the document importers: one file is one work with its full text.</summary>
internal abstract class DocumentImporter : IFormatImporter
{
    public abstract string Format { get; }

    public abstract int Detect(FileProbe probe);

    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        DocumentContent content;
        try
        {
            content = Extract(source, cancellationToken);
        }
        catch (Exception ex) when (ex is not ImportException and not OperationCanceledException)
        {
            throw new ImportException($"{source.FileName}: cannot be read as {Format} ({ex.GetType().Name}: {ex.Message})", ex);
        }

        WorkRecord work = DocumentWorks.Build(content, source.FileName);
        return [new ImportedWork(new RecordPosition(1, 0), work)];
    }

    /// <summary>Reads the text and metadata of the file; may throw anything, which becomes an <see cref="ImportException"/>.</summary>
    protected abstract DocumentContent Extract(ImportSource source, CancellationToken cancellationToken);
}
