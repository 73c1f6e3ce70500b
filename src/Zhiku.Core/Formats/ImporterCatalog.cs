namespace Zhiku.Formats;

/// <summary>The importers Zhiku knows, and detection of a file's format by content.</summary>
public sealed class ImporterCatalog
{
    private readonly IReadOnlyList<IFormatImporter> _importers;

    public ImporterCatalog(IEnumerable<IFormatImporter> importers) => _importers = [.. importers];

    /// <summary>Every built-in importer. Register a new format here and nowhere else.</summary>
    public static ImporterCatalog Default { get; } = new(BuiltInImporters.All());

    public IReadOnlyList<IFormatImporter> Importers => _importers;

    /// <summary>The importer with the given format id, or null.</summary>
    public IFormatImporter? Find(string format) =>
        _importers.FirstOrDefault(i => string.Equals(i.Format, format, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The importer most sure of the probed file, or null when none recognises it. Detection never throws: an importer
    /// that fails on a hostile file (a broken workbook, a DOCTYPE in a sheet) simply does not claim it.
    /// </summary>
    public IFormatImporter? Detect(FileProbe probe)
    {
        IFormatImporter? best = null;
        var bestScore = 0;
        foreach (var importer in _importers)
        {
            var score = SafeDetect(importer, probe);
            if (score > bestScore)
            {
                best = importer;
                bestScore = score;
            }
        }

        return best;
    }

    private static int SafeDetect(IFormatImporter importer, FileProbe probe)
    {
        try
        {
            return importer.Detect(probe);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return 0;
        }
    }
}
