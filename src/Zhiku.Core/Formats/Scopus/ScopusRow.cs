namespace Zhiku.Formats.Scopus;

/// <summary>One data row of a Scopus CSV, read by column name; "NA" (R-written fixtures) and blanks count as missing.</summary>
internal sealed class ScopusRow(IReadOnlyDictionary<string, int> columns, string[] fields)
{
    /// <summary>The trimmed value of a column, or null when the column is absent, blank or "NA".</summary>
    public string? this[string column] =>
        columns.TryGetValue(column, out var i) && i < fields.Length && fields[i].Trim() is { Length: > 0 } v && v != "NA" ? v : null;

    /// <summary>A column's value split on ';', trimmed, blanks dropped.</summary>
    public IEnumerable<string> Split(string column) =>
        this[column] is { } s ? s.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];

    /// <summary>Whether the header has the column (a blank cell in it then means zero, not unknown, for counts).</summary>
    public bool Has(string column) => columns.ContainsKey(column);

    /// <summary>The column names in header order.</summary>
    public IEnumerable<string> Columns => columns.OrderBy(c => c.Value).Select(c => c.Key);
}
