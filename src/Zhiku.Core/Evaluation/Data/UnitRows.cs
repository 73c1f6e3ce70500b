namespace Zhiku.Evaluation.Data;

/// <summary>Maps the rows of a stage table (which may have lost units in screening) to rows of iData.</summary>
internal static class UnitRows
{
    public static int[] Of(StageTable table, UnitData data)
    {
        var index = new Dictionary<string, int>(data.UnitCodes.Count, StringComparer.Ordinal);
        for (var i = 0; i < data.UnitCodes.Count; i++)
        {
            index[data.UnitCodes[i]] = i;
        }

        return [.. table.Units.Select(u => index.TryGetValue(u, out var i) ? i : throw new ArgumentException($"unit '{u}' is not in iData"))];
    }
}
