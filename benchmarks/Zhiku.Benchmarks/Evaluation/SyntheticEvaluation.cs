using System.Globalization;
using Zhiku.Evaluation.Data;
using Zhiku.Evaluation.Framework;
using Zhiku.Evaluation.Numerics;
using Zhiku.Evaluation.Spec;

namespace Zhiku.Benchmarks.Evaluation;

/// <summary>
/// A seeded synthetic index: log-normal indicators (skewed, so treatment has work), 2 % missing, 4 groups, 10
/// indicators per pillar, 5 pillars per sub-index, one index.
/// </summary>
internal sealed record SyntheticEvaluation(UnitData Data, IndexFramework Framework, IReadOnlyList<StepSpec> Steps)
{
    public static SyntheticEvaluation Create(int units, int indicators, ulong seed)
    {
        var rng = new Xoshiro(seed);
        var nodes = new List<FrameworkNode>();
        var pillars = (indicators + 9) / 10;
        var subIndices = (pillars + 4) / 5;
        for (var i = 0; i < indicators; i++)
        {
            nodes.Add(new FrameworkNode { Code = $"I{i}", Type = NodeType.Indicator, Level = 1, Direction = i % 7 == 0 ? -1 : 1, Parent = $"P{i / 10}" });
        }

        for (var p = 0; p < pillars; p++)
        {
            nodes.Add(new FrameworkNode { Code = $"P{p}", Type = NodeType.Aggregate, Level = 2, Parent = $"S{p / 5}" });
        }

        for (var s = 0; s < subIndices; s++)
        {
            nodes.Add(new FrameworkNode { Code = $"S{s}", Type = NodeType.Aggregate, Level = 3, Parent = "Index" });
        }

        nodes.Add(new FrameworkNode { Code = "Index", Type = NodeType.Aggregate, Level = 4 });
        nodes.Add(new FrameworkNode { Code = "Group", Type = NodeType.Group });
        var numbers = new Dictionary<string, double[]>(StringComparer.Ordinal);
        for (var i = 0; i < indicators; i++)
        {
            numbers[$"I{i}"] = [.. Enumerable.Range(0, units).Select(_ => rng.NextDouble() < 0.02 ? double.NaN : Math.Exp(Normal(rng) * (0.3 + (i % 5 * 0.3))))];
        }

        var codes = Enumerable.Range(0, units).Select(u => "U" + u.ToString(CultureInfo.InvariantCulture)).ToArray();
        var data = new UnitData
        {
            UnitCodes = codes,
            UnitNames = codes,
            Groups = new Dictionary<string, string?[]>(StringComparer.Ordinal) { ["Group"] = [.. Enumerable.Range(0, units).Select(u => "G" + (u % 4).ToString(CultureInfo.InvariantCulture))] },
            Numbers = numbers,
        };
        var spec = SpecLoader.Parse("""
            data: none.csv
            meta: none.csv
            steps:
              - impute: {method: group-mean, group: Group}
              - screen: {min_availability: 0.9}
              - treat: {method: winsorise, max_points: 5, skew: 2, kurtosis: 3.5, fallback: log}
              - normalise: {method: minmax, range: [0, 100]}
              - aggregate: {method: arithmetic}
            """, ".");
        return new SyntheticEvaluation(data, new IndexFramework(nodes), spec.Steps);
    }

    private static double Normal(Xoshiro rng) => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
