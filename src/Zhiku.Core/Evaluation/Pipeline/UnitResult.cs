namespace Zhiku.Evaluation.Pipeline;

/// <summary>One unit's scores (every column of the final stage) and ranks (every aggregate level).</summary>
public sealed record UnitResult(string UCode, IReadOnlyDictionary<string, double?> Scores, IReadOnlyDictionary<string, int?> Ranks)
{
    /// <summary>Units ordered by their index rank, best first.</summary>
    public static IReadOnlyList<UnitResult> From(EvaluationResult result)
    {
        var final = result.Final;
        var ranks = result.Ranks();
        var units = Enumerable.Range(0, final.UnitCount).Select(u => new UnitResult(
            final.Units[u],
            final.Codes.ToDictionary(c => c, c => Value(final.Column(c)[u]), StringComparer.Ordinal),
            ranks.ToDictionary(kv => kv.Key, kv => double.IsNaN(kv.Value[u]) ? (int?)null : (int)kv.Value[u], StringComparer.Ordinal)));
        var root = result.AggregateCodes.FirstOrDefault();
        return root is null ? [.. units] : [.. units.OrderBy(u => u.Ranks[root] ?? int.MaxValue).ThenBy(u => u.UCode, StringComparer.Ordinal)];
    }

    private static double? Value(double v) => double.IsNaN(v) ? null : v;
}
