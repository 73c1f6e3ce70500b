using Zhiku.Files.Text;

namespace Zhiku.Tests.Analytics.Bibliometrics.Golden;

/// <summary>A CSV export as rows of column name → cell (blank and R's "NA" cells read as null).</summary>
internal static class RawCsv
{
    public static List<Func<string, string?>> Rows(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader);
        var rows = csv.ReadAll().Select(r => r.Fields).ToList();
        var header = rows[0].Select((name, i) => (name: name.Trim(), i)).GroupBy(c => c.name).ToDictionary(g => g.Key, g => g.First().i);
        return [.. rows.Skip(1).Select(fields => (Func<string, string?>)(column =>
            header.TryGetValue(column, out var i) && i < fields.Length && fields[i].Trim() is { Length: > 0 } v && v != "NA" ? v : null))];
    }

    /// <summary>Whether the header of the file has the column.</summary>
    public static bool HasColumn(string path, string column)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader);
        return csv.ReadRow()!.Fields.Any(f => f.Trim() == column);
    }
}
