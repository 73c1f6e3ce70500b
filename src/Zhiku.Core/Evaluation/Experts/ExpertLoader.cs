using Zhiku.Evaluation.Data;
using Zhiku.Evaluation.Framework;
using Zhiku.Evaluation.Weights;

namespace Zhiku.Evaluation.Experts;

/// <summary>
/// The I/O side of expert input: reads the files, checks logged hashes, then merges the aggregated scores into
/// iData (as indicator columns) and the AHP weights into the framework.
/// </summary>
public static class ExpertLoader
{
    /// <summary>The indicator codes the scores file supplies (so iData need not have those columns).</summary>
    public static IReadOnlySet<string> ScoredCodes(IReadOnlyList<ExpertScore> scores) => scores.Select(s => s.ICode).ToHashSet(StringComparer.Ordinal);

    /// <summary>Hashes the expert files and refuses files that differ from the hashes a run log recorded.</summary>
    public static (string? Scores, string? Comparisons) Hashes(ExpertsSpec spec, Func<string, string> hash) =>
        (spec.ScoresPath is { } s ? Checked(hash, s, spec.ScoresSha256) : null,
         spec.ComparisonsPath is { } c ? Checked(hash, c, spec.ComparisonsSha256) : null);

    public static (UnitData Data, IndexFramework Framework, ExpertOutcome Outcome) Apply(
        ExpertsSpec spec, IReadOnlyList<ExpertScore>? scores, UnitData data, IndexFramework framework, (string? Scores, string? Comparisons) hashes)
    {
        ExpertScoreResult? scoreResult = null;
        if (scores is not null)
        {
            var organisations = Enumerable.Range(0, data.UnitCodes.Count).Select(u => Names(data, spec.Organisation, u)).ToList();
            scoreResult = ExpertScoring.Aggregate(scores, data.UnitCodes, organisations);
            var numbers = data.Numbers.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
            foreach (var (code, column) in scoreResult.Columns)
            {
                numbers[code] = column;
            }

            data = data with { Numbers = numbers };
        }

        IReadOnlyList<ExpertWeights> weights = [];
        if (spec.ComparisonsPath is { } comparisonsPath)
        {
            weights = ExpertAhp.Aggregate(ExpertFileReader.ReadComparisons(comparisonsPath), framework, RandomIndex.Parse(spec.RandomIndex), spec.Threshold, spec.ExcludeInconsistent);
            var map = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var w in weights)
            {
                for (var i = 0; i < w.Children.Count; i++)
                {
                    map[w.Children[i]] = w.Combined.Weights[i];
                }
            }

            framework = framework.WithWeights(map);
        }

        return (data, framework, new ExpertOutcome(spec, scoreResult, weights, hashes.Scores, hashes.Comparisons));
    }

    private static List<string> Names(UnitData data, string? column, int u)
    {
        var names = new List<string> { data.UnitCodes[u], data.UnitNames[u] };
        if (column is not null)
        {
            if (!data.Groups.TryGetValue(column, out var labels))
            {
                throw new ArgumentException($"experts: iData has no text column '{column}' for the organisation");
            }

            if (labels[u] is { } label)
            {
                names.Add(label);
            }
        }

        return names;
    }

    private static string Checked(Func<string, string> hash, string path, string? expected)
    {
        var actual = hash(path);
        return expected is not null && !string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase)
            ? throw new InvalidOperationException($"{path}: SHA-256 {actual} differs from the logged {expected}; the data changed since the run")
            : actual;
    }
}
