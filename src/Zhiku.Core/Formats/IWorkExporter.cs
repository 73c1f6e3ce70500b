using System.Text;
using Zhiku.Model;

namespace Zhiku.Formats;

/// <summary>Writes works in one format. An export must re-import (through the matching importer) to the same works.</summary>
public interface IWorkExporter
{
    /// <summary>The format id given to <c>zhiku export --format</c> ("ris", "bibtex", "csljson", "csv", "jsonl", "xlsx", "wos").</summary>
    string Format { get; }

    /// <summary>The usual file extension, with its dot.</summary>
    string Extension { get; }

    /// <summary>The media type of the file, without a charset.</summary>
    string MediaType => "text/plain";

    /// <summary>True for a format that is not text (a workbook): it is written to a stream only, and takes no encoding.</summary>
    bool IsBinary => false;

    /// <summary>The encoding of the file when the caller names none: UTF-8 without a byte order mark unless the format says otherwise.</summary>
    Encoding DefaultEncoding => ExportEncodings.Utf8;

    /// <summary>Writes the works as text; <paramref name="works"/> is streamed, never held whole.</summary>
    void Write(IEnumerable<ExportedWork> works, TextWriter writer, CancellationToken cancellationToken);

    /// <summary>Writes the works as the bytes of a file, text in <paramref name="encoding"/> (else <see cref="DefaultEncoding"/>).</summary>
    void Write(IEnumerable<ExportedWork> works, Stream output, Encoding? encoding, CancellationToken cancellationToken)
    {
        using var writer = new StreamWriter(output, encoding ?? DefaultEncoding, 1 << 16, leaveOpen: true);
        Write(works, writer, cancellationToken);
    }
}

/// <summary>A work to export: its Zhiku id and its merged record.</summary>
public sealed record ExportedWork(string Id, WorkRecord Work);
