namespace Zhiku.Formats.Cnki.Table;

/// <summary>The file a CNKI table export arrives in.</summary>
internal enum CnkiTableContainer
{
    /// <summary>An HTML &lt;table&gt;, usually saved with an .xls name.</summary>
    Html,

    Xlsx,

    Csv,
}
