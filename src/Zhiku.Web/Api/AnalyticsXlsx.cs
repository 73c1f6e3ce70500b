using System.Globalization;
using MiniExcelLibs;

namespace Zhiku.Web.Api;

/// <summary>An analytics table as an XLSX workbook: the first row is the header; cells that are numbers become numbers.</summary>
internal static class AnalyticsXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(IReadOnlyList<string[]> table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var header = table.Count > 0 ? table[0] : [];
        var rows = table.Skip(1).Select(row =>
        {
            var record = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                var cell = i < row.Length ? row[i] : string.Empty;
                record[header[i]] = double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) ? number : cell;
            }

            return record;
        }).ToList();
        using var stream = new MemoryStream();
        if (rows.Count == 0)
        {
            // MiniExcel writes no header for an empty sequence of rows: write the header itself as the only row.
            stream.SaveAs(new[] { header.ToDictionary(h => h, h => (object?)h, StringComparer.Ordinal) }, printHeader: false);
        }
        else
        {
            stream.SaveAs(rows);
        }

        return stream.ToArray();
    }
}
