using System.Globalization;
using System.Text;
using Zhiku.Files.Text;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Zhiku.Evaluation.Data;

/// <summary>A header row and string cells read from a CSV or an XLSX file (first sheet), the way COINr tables are kept.</summary>
internal sealed record TabularFile(IReadOnlyList<string> Header, IReadOnlyList<string[]> Rows)
{
    public static TabularFile Read(string path)
    {
        var rows = path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? ReadXlsx(path) : ReadCsv(path);
        if (rows.Count == 0)
        {
            throw new InvalidOperationException($"{path}: empty table");
        }

        var header = rows[0].Select(h => h.Trim()).ToArray();
        var body = rows.Skip(1).Select(r => r.Length >= header.Length ? r : [.. r, .. Enumerable.Repeat("", header.Length - r.Length)]).ToList();
        return new TabularFile(header, body);
    }

    public int ColumnOf(string name) => Header.ToList().FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Parses a cell as a number; empty, NA and NaN are missing.</summary>
    public static double Number(string cell)
    {
        var text = cell.Trim();
        if (text.Length == 0 || text is "NA" or "NaN" or "#N/A" or "..")
        {
            return double.NaN;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"not a number: '{cell}'");
    }

    public static bool IsNumberOrMissing(string cell)
    {
        var text = cell.Trim();
        return text.Length == 0 || text is "NA" or "NaN" or "#N/A" or ".." || double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
    }

    private static List<string[]> ReadCsv(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader);
        return [.. csv.ReadAll().Select(r => r.Fields)];
    }

    private static List<string[]> ReadXlsx(string path)
    {
        var rows = new List<string[]>();
        foreach (IDictionary<string, object?> row in MiniExcel.Query(path, useHeaderRow: false))
        {
            rows.Add([.. row.Values.Select(Cell)]);
        }

        return rows;
    }

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        double n => n.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
