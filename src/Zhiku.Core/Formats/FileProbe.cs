using System.Text;
using Zhiku.Files;
using Zhiku.Files.Text;

namespace Zhiku.Formats;

/// <summary>The first bytes of a file and their decoded text, enough for importers to recognise their format by content.</summary>
public sealed class FileProbe
{
    /// <summary>How many bytes are read for detection.</summary>
    public const int HeadSize = 64 * 1024;

    private FileProbe(string path, byte[] head, Encoding encoding, string headText)
    {
        Path = path;
        Head = head;
        Encoding = encoding;
        HeadText = headText;
    }

    public string Path { get; }

    /// <summary>The lower-cased extension with its dot (".txt"), or an empty string.</summary>
    public string Extension => System.IO.Path.GetExtension(Path).ToLowerInvariant();

    public byte[] Head { get; }

    /// <summary>The encoding detected from BOM and content (meaningless for binary files).</summary>
    public Encoding Encoding { get; }

    /// <summary>The head decoded with <see cref="Encoding"/>, without BOM; empty for binary files.</summary>
    public string HeadText { get; }

    /// <summary>True for a ZIP container (DOCX, XLSX).</summary>
    public bool IsZip => Head.Length >= 4 && Head[0] == 0x50 && Head[1] == 0x4B && Head[2] == 0x03 && Head[3] == 0x04;

    /// <summary>True for a PDF file.</summary>
    public bool IsPdf => Head.Length >= 5 && Head[0] == (byte)'%' && Head[1] == (byte)'P' && Head[2] == (byte)'D' && Head[3] == (byte)'F';

    /// <summary>True when the head holds NUL bytes outside a UTF-16/32 text, or is a known binary container.</summary>
    public bool IsBinary { get; private init; }

    /// <summary>
    /// The trimmed fields of the head's first CSV row; empty when the head is binary or its first row is no CSV row
    /// within the reader's bounds (a detector scores such a file 0 and never throws).
    /// </summary>
    public IReadOnlyList<string> CsvHeader()
    {
        if (IsBinary)
        {
            return [];
        }

        try
        {
            using var csv = new CsvReader(new StringReader(HeadText));
            return csv.ReadRow()?.Fields.Select(f => f.Trim()).ToArray() ?? [];
        }
        catch (ImportException)
        {
            return [];
        }
    }

    /// <summary>The first non-blank lines of the text head, trimmed of trailing whitespace.</summary>
    public IReadOnlyList<string> FirstLines(int count)
    {
        var lines = new List<string>(count);
        using var reader = new StringReader(HeadText);
        while (lines.Count < count && reader.ReadLine() is { } line)
        {
            if (line.Trim().Length > 0)
            {
                lines.Add(line.TrimEnd());
            }
        }

        return lines;
    }

    /// <summary>Reads the head of a file and detects its encoding.</summary>
    public static FileProbe Open(string path)
    {
        byte[] head;
        using (var stream = File.OpenRead(path))
        {
            head = new byte[Math.Min(HeadSize, stream.Length)];
            stream.ReadExactly(head);
        }

        return FromBytes(path, head);
    }

    /// <summary>Builds a probe from bytes already in memory (an upload, a test).</summary>
    public static FileProbe FromBytes(string path, byte[] head)
    {
        var detection = TextDecoding.Detect(head);
        var zipOrPdf = head.Length >= 4 && ((head[0] == 0x50 && head[1] == 0x4B) || (head[0] == (byte)'%' && head[1] == (byte)'P'));
        var binary = zipOrPdf || (detection.Encoding is UTF8Encoding && !detection.HadBom && Array.IndexOf(head, (byte)0) >= 0 && !detection.IsUtf16);
        var text = binary ? string.Empty : TextDecoding.DecodeHead(head, detection);
        return new FileProbe(path, head, detection.Encoding, text) { IsBinary = binary };
    }
}
