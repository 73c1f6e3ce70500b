using System.Text;
using Zhiku.Files;
using Zhiku.Files.Text;

namespace Zhiku.Formats;

/// <summary>A file to import, with the encoding detected for it.</summary>
public sealed class ImportSource(string path, Encoding encoding)
{
    public string Path { get; } = path;

    public Encoding Encoding { get; } = encoding;

    /// <summary>The bounds on line, field, record and unpacked sizes this file is read within.</summary>
    public ImportLimits Limits { get; init; } = ImportLimits.Default;

    /// <summary>The file name, for messages.</summary>
    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>Opens the raw bytes (PDF, DOCX, XLSX).</summary>
    public Stream OpenStream() => new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    /// <summary>Opens the text with the detected encoding; a BOM is skipped. LF, CRLF and bare CR all end lines.</summary>
    public TextReader OpenText() =>
        new BoundedTextReader(new StreamReader(OpenStream(), Encoding, detectEncodingFromByteOrderMarks: true, 1 << 16), Limits.MaxLineChars);

    /// <summary>Opens the text as numbered lines.</summary>
    public LineReader OpenLines() => new(OpenText());

    /// <summary>Probes a file on disk and wraps it with its detected encoding.</summary>
    public static ImportSource Open(string path) => new(path, FileProbe.Open(path).Encoding);
}
