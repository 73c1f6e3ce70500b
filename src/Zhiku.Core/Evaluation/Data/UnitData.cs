namespace Zhiku.Evaluation.Data;

/// <summary>
/// COINr's iData: one row per unit with its code, name, group labels and numeric columns (indicators and
/// denominators). NaN marks a missing value.
/// </summary>
public sealed record UnitData
{
    public required IReadOnlyList<string> UnitCodes { get; init; }

    public required IReadOnlyList<string> UnitNames { get; init; }

    /// <summary>Group columns: code → one label per unit (null when missing).</summary>
    public required IReadOnlyDictionary<string, string?[]> Groups { get; init; }

    /// <summary>Numeric columns: code → one value per unit.</summary>
    public required IReadOnlyDictionary<string, double[]> Numbers { get; init; }

    /// <summary>The raw stage: the given columns (normally the indicators) in order.</summary>
    public StageTable Table(IEnumerable<string> codes)
    {
        var list = codes.ToList();
        var columns = list.Select(c => Numbers.TryGetValue(c, out var v) ? v.ToArray() : throw new ArgumentException($"iData: no numeric column '{c}'")).ToArray();
        return new StageTable(UnitCodes, list, columns);
    }
}
