namespace Zhiku.Formats;

/// <summary>The export formats Zhiku writes.</summary>
public sealed class ExporterCatalog(IEnumerable<IWorkExporter> exporters)
{
    private readonly IReadOnlyList<IWorkExporter> _exporters = [.. exporters];

    /// <summary>Every built-in exporter. Register a new format here and nowhere else.</summary>
    public static ExporterCatalog Default { get; } = new(BuiltInExporters.All());

    public IReadOnlyList<IWorkExporter> Exporters => _exporters;

    /// <summary>The exporter with the given format id, or null.</summary>
    public IWorkExporter? Find(string format) =>
        _exporters.FirstOrDefault(e => string.Equals(e.Format, format, StringComparison.OrdinalIgnoreCase));
}
