using System.Text;
using MiniExcelLibs;
using Zhiku.Model;

namespace Zhiku.Formats.Table;

/// <summary>
/// An XLSX workbook (written by MiniExcel, rows streamed): one sheet "works", the columns of <see cref="WorkColumns"/>,
/// years and citation counts as numbers. The table importer ("table-xlsx") reads it back to the same works.
/// </summary>
internal sealed class XlsxExporter : IWorkExporter
{
    /// <summary>The most characters an Excel cell holds; a longer text is cut there (Excel would refuse the file).</summary>
    internal const int CellLimit = 32_767;

    public string Format => "xlsx";

    public string Extension => ".xlsx";

    public string MediaType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public bool IsBinary => true;

    public void Write(IEnumerable<ExportedWork> works, TextWriter writer, CancellationToken cancellationToken) =>
        throw new NotSupportedException("xlsx is a binary format: write it to a file (zhiku export --format xlsx --out FILE.xlsx)");

    public void Write(IEnumerable<ExportedWork> works, Stream output, Encoding? encoding, CancellationToken cancellationToken)
    {
        if (encoding is not null)
        {
            throw new ArgumentException("xlsx takes no encoding: a workbook's text is always Unicode");
        }

        using var rows = works.Select(w => Row(w.Work, cancellationToken)).GetEnumerator();
        if (!rows.MoveNext())
        {
            // MiniExcel writes no header for an empty sequence: the header alone is the only row.
            var header = WorkColumns.All.ToDictionary(c => c.Header, c => (object?)c.Header, StringComparer.Ordinal);
            output.SaveAs(new[] { header }, printHeader: false, sheetName: "works");
            return;
        }

        output.SaveAs(Rest(rows), sheetName: "works");
    }

    private static IEnumerable<Dictionary<string, object?>> Rest(IEnumerator<Dictionary<string, object?>> rows)
    {
        do
        {
            yield return rows.Current;
        }
        while (rows.MoveNext());
    }

    private static Dictionary<string, object?> Row(WorkRecord work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var row = new Dictionary<string, object?>(WorkColumns.All.Count, StringComparer.Ordinal);
        foreach (var column in WorkColumns.All)
        {
            row[column.Header] = column.Number?.Invoke(work) is { } number ? number : Cell(column.Text(work));
        }

        return row;
    }

    private static string? Cell(string? text) => text is { Length: > CellLimit } ? text[..(CellLimit - 1)] + "…" : text;
}
