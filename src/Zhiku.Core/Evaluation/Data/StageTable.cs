namespace Zhiku.Evaluation.Data;

/// <summary>
/// One stage of an evaluation: units (rows, by uCode) × columns (by iCode), NaN for a missing value. Immutable:
/// steps build a new table. Stored column by column because every step works per indicator.
/// </summary>
public sealed class StageTable
{
    private readonly double[][] _columns;
    private readonly Dictionary<string, int> _columnIndex;

    public StageTable(IReadOnlyList<string> units, IReadOnlyList<string> codes, double[][] columns)
    {
        if (codes.Count != columns.Length)
        {
            throw new ArgumentException("stage table: one column per code is required");
        }

        foreach (var column in columns)
        {
            if (column.Length != units.Count)
            {
                throw new ArgumentException("stage table: every column needs one value per unit");
            }
        }

        Units = units;
        Codes = codes;
        _columns = columns;
        _columnIndex = new Dictionary<string, int>(codes.Count, StringComparer.Ordinal);
        for (var i = 0; i < codes.Count; i++)
        {
            if (!_columnIndex.TryAdd(codes[i], i))
            {
                throw new ArgumentException($"stage table: duplicate column '{codes[i]}'");
            }
        }
    }

    public IReadOnlyList<string> Units { get; }

    public IReadOnlyList<string> Codes { get; }

    public int UnitCount => Units.Count;

    /// <summary>A column's values (read-only by convention: never write to it).</summary>
    public ReadOnlySpan<double> Column(string code) => _columns[IndexOf(code)];

    public ReadOnlySpan<double> Column(int index) => _columns[index];

    public double this[int unit, string code] => _columns[IndexOf(code)][unit];

    public bool Has(string code) => _columnIndex.ContainsKey(code);

    public int IndexOf(string code) =>
        _columnIndex.TryGetValue(code, out var i) ? i : throw new ArgumentException($"stage table: no column '{code}'");

    /// <summary>A copy of a column.</summary>
    public double[] CopyColumn(string code) => [.. _columns[IndexOf(code)]];

    /// <summary>A table with the same units and some columns replaced or added (at the end).</summary>
    public StageTable With(IReadOnlyDictionary<string, double[]> replaced)
    {
        var codes = Codes.ToList();
        var columns = _columns.ToList();
        foreach (var (code, column) in replaced)
        {
            if (_columnIndex.TryGetValue(code, out var i))
            {
                columns[i] = column;
            }
            else
            {
                codes.Add(code);
                columns.Add(column);
            }
        }

        return new StageTable(Units, codes, [.. columns]);
    }

    /// <summary>A table with only the given columns, in that order.</summary>
    public StageTable Select(IReadOnlyList<string> codes) => new(Units, codes, [.. codes.Select(c => _columns[IndexOf(c)])]);

    /// <summary>A table with only the units whose row index passes the filter.</summary>
    public StageTable SelectUnits(IReadOnlyList<int> rows) =>
        new([.. rows.Select(r => Units[r])], Codes, [.. _columns.Select(col => rows.Select(r => col[r]).ToArray())]);
}
