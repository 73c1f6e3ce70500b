namespace Zhiku.Formats;

/// <summary>
/// Reads one file format record by record. Implementations are stateless and thread-safe; they never throw for a bad
/// record (they yield a <see cref="RecordError"/> and go on) and throw <see cref="ImportException"/> only when the file
/// cannot be read at all.
/// </summary>
public interface IFormatImporter
{
    /// <summary>The format's id, as given to <c>--format</c> and recorded in provenance ("wos-plain", "scopus-csv").</summary>
    string Format { get; }

    /// <summary>How sure this importer is that the probed file is its format: 0 = not mine, 100 = certain.</summary>
    int Detect(FileProbe probe);

    /// <summary>Streams the file's records.</summary>
    IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken);
}
