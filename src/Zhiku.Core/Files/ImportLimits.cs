namespace Zhiku.Files;

/// <summary>
/// What one file may make the importers hold in memory. A file past a bound is rejected with the line or record and
/// the bound it broke; the good files of the batch still import. The defaults keep any import well under 1 GB of memory
/// while leaving room for every real export seen so far (the longest real line is a few hundred kB of references).
/// </summary>
public sealed class ImportLimits
{
    /// <summary>The bounds used unless a caller sets others.</summary>
    public static ImportLimits Default { get; } = new();

    /// <summary>Characters in one line of a text file.</summary>
    public int MaxLineChars { get; init; } = 4 << 20;

    /// <summary>Characters in one field of a delimited file (a quoted field may span lines; an unclosed quote would not end).</summary>
    public int MaxFieldChars { get; init; } = 4 << 20;

    /// <summary>Columns in one row of a delimited file.</summary>
    public int MaxColumns { get; init; } = 5_000;

    /// <summary>Bytes of one record of a JSON file (one element of the array, or a whole single-object file).</summary>
    public int MaxJsonRecordBytes { get; init; } = 32 << 20;

    /// <summary>Bytes one entry of a ZIP container (DOCX, XLSX) may unpack to.</summary>
    public long MaxUnpackedBytes { get; init; } = 256L << 20;

    /// <summary>Bytes of a document read whole (text, Markdown, HTML, PDF).</summary>
    public long MaxDocumentBytes { get; init; } = 256L << 20;

    /// <summary>Characters of text kept from one document; the rest is cut.</summary>
    public int MaxDocumentChars { get; init; } = 16 << 20;
}
