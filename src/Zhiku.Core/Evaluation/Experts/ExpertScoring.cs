namespace Zhiku.Evaluation.Experts;

/// <summary>
/// Aggregates several experts' scores of each unit by the geometric mean of their judgements (Aczél &amp; Saaty 1983,
/// the rule that keeps ratio judgements consistent). An expert from the unit's own organisation is excluded from
/// scoring that unit (conflict of interest; <c>organisations</c> holds each unit's names, e.g. uCode, uName and an
/// organisation column), and the exclusion is recorded.
/// </summary>
public static class ExpertScoring
{
    public static ExpertScoreResult Aggregate(IReadOnlyList<ExpertScore> scores, IReadOnlyList<string> units, IReadOnlyList<IReadOnlyList<string>> organisations)
    {
        var index = units.Select((u, i) => (u, i)).ToDictionary(p => p.u, p => p.i, StringComparer.Ordinal);
        var sums = new SortedDictionary<string, (double[] LogSum, int[] Count)>(StringComparer.Ordinal);
        var exclusions = new List<ScoreExclusion>();
        var seen = new HashSet<(string, string, string)>();
        foreach (var s in scores)
        {
            if (!index.TryGetValue(s.UCode, out var u))
            {
                throw new ArgumentException($"experts: '{s.Expert}' scores an unknown unit '{s.UCode}'");
            }

            if (!(s.Score >= 0) || double.IsInfinity(s.Score))
            {
                throw new ArgumentException($"experts: '{s.Expert}' gives {s.UCode}/{s.ICode} the score {s.Score}; scores must be ≥ 0 for a geometric mean");
            }

            if (!seen.Add((s.Expert, s.UCode, s.ICode)))
            {
                throw new ArgumentException($"experts: '{s.Expert}' scores {s.UCode}/{s.ICode} twice");
            }

            if (organisations[u].FirstOrDefault(o => string.Equals(o.Trim(), s.Organisation.Trim(), StringComparison.OrdinalIgnoreCase)) is { } org)
            {
                exclusions.Add(new ScoreExclusion(s.Expert, s.UCode, s.ICode, $"conflict of interest: {s.Expert} belongs to {org}"));
                continue;
            }

            if (!sums.TryGetValue(s.ICode, out var cell))
            {
                cell = (new double[units.Count], new int[units.Count]);
                sums[s.ICode] = cell;
            }

            cell.LogSum[u] += Math.Log(s.Score);
            cell.Count[u]++;
        }

        var columns = sums.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.Count.Select((n, u) => n == 0 ? double.NaN : Math.Exp(kv.Value.LogSum[u] / n)).ToArray(),
            StringComparer.Ordinal);
        return new ExpertScoreResult(columns, sums.ToDictionary(kv => kv.Key, kv => kv.Value.Count, StringComparer.Ordinal), exclusions);
    }
}
