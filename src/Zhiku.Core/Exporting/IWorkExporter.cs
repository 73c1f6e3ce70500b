using Zhiku.Model;

namespace Zhiku.Exporting;

/// <summary>Writes works in one format. An export must re-import (through the matching importer) to the same works.</summary>
public interface IWorkExporter
{
    /// <summary>The format id given to <c>zhiku export --format</c> ("ris", "bibtex", "csljson", "csv", "jsonl").</summary>
    string Format { get; }

    /// <summary>The usual file extension, with its dot.</summary>
    string Extension { get; }

    /// <summary>Writes the works; <paramref name="works"/> is streamed, never held whole.</summary>
    void Write(IEnumerable<ExportedWork> works, TextWriter writer, CancellationToken cancellationToken);
}

/// <summary>A work to export: its Zhiku id and its merged record.</summary>
public sealed record ExportedWork(string Id, WorkRecord Work);
