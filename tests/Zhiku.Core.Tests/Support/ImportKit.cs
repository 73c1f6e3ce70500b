using Zhiku.Formats;
using Zhiku.Model;

namespace Zhiku.Tests.Support;

/// <summary>Reads a real file through detection and its importer, the way the import pipeline does.</summary>
public static class ImportKit
{
    /// <summary>The format id detected for a file.</summary>
    public static string? DetectFormat(string path) => ImporterCatalog.Default.Detect(FileProbe.Open(path))?.Format;

    /// <summary>All items an importer yields for a file; asserts that detection picks the expected format.</summary>
    public static IReadOnlyList<ImportItem> Read(string path, string expectedFormat)
    {
        var probe = FileProbe.Open(path);
        var importer = ImporterCatalog.Default.Detect(probe);
        Assert.NotNull(importer);
        Assert.Equal(expectedFormat, importer.Format);
        return [.. importer.Read(new ImportSource(path, probe.Encoding), CancellationToken.None)];
    }

    /// <summary>The works among the items.</summary>
    public static IReadOnlyList<WorkRecord> Works(this IEnumerable<ImportItem> items) =>
        [.. items.OfType<ImportedWork>().Select(w => w.Work)];

    /// <summary>The errors among the items.</summary>
    public static IReadOnlyList<RecordError> Errors(this IEnumerable<ImportItem> items) => [.. items.OfType<RecordError>()];
}
