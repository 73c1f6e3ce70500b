using Zhiku.Evaluation.Numerics;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Uncertainty;

namespace Zhiku.Evaluation.Explain;

/// <summary>
/// Everything known about one unit in one run: scores and ranks at every level, the radar axes (the index's
/// components), its rank interval when an uncertainty run exists, strengths and weaknesses, contributions versus the
/// mean unit and the effect of removing each indicator.
/// </summary>
public sealed record UnitReport(
    string UCode,
    string UName,
    string? Target,
    IReadOnlyList<UnitScore> Scores,
    IReadOnlyList<string> RadarAxes,
    UnitRankStats? Interval,
    IReadOnlyList<StrengthWeakness> StrengthsAndWeaknesses,
    IReadOnlyList<Contribution> Contributions,
    IReadOnlyList<UnitRemovalEffect> Removals)
{
    /// <summary>Builds the report of <paramref name="unit"/>; the removal effects re-run the steps once per indicator.</summary>
    public static UnitReport Build(LoadedEvaluation loaded, EvaluationResult result, string unit, UncertaintyResult? uncertainty, int contributions = 12)
    {
        var final = result.Final;
        var u = final.Units.ToList().IndexOf(unit);
        if (u < 0)
        {
            throw new KeyNotFoundException($"no unit '{unit}' in this run");
        }

        var framework = result.Framework;
        var scores = framework.Nodes
            .Where(n => n.Type is Framework.NodeType.Indicator or Framework.NodeType.Aggregate && final.Has(n.Code))
            .OrderByDescending(n => n.Level)
            .Select(n =>
            {
                var column = final.Column(n.Code);
                var ranks = Ranking.Descending(column);
                var present = column.ToArray().Where(v => !double.IsNaN(v)).ToArray();
                return new UnitScore(n.Code, n.Name, n.Level, n.Parent, Value(column[u]), double.IsNaN(ranks[u]) ? null : (int)ranks[u], present.Length, present.Length == 0 ? null : present.Average());
            })
            .ToList();
        var root = framework.Root is { } r && final.Has(r) ? r : null;
        var axes = root is null ? [] : framework.Children(root).Select(c => c.Code).Where(final.Has).ToList();
        if (axes.Count < 3)
        {
            axes = [.. axes.SelectMany(a => framework.Children(a)).Select(c => c.Code).Where(final.Has)];
        }

        var name = loaded.Data.UnitCodes.ToList().IndexOf(unit) is var i and >= 0 ? loaded.Data.UnitNames[i] : unit;
        var removals = root is null ? [] : Explainer.RemovalEffects(loaded.Pipeline(), loaded.Spec.Steps, root, unit);
        var interval = uncertainty?.Units.FirstOrDefault(x => string.Equals(x.UCode, unit, StringComparison.Ordinal));
        return new UnitReport(
            unit,
            name,
            root,
            scores,
            axes,
            interval,
            Explainer.StrengthsAndWeaknesses(result, unit),
            [.. Explainer.Contributions(result, unit).Where(c => !double.IsNaN(c.Effect)).Take(contributions)],
            removals);
    }

    private static double? Value(double v) => double.IsNaN(v) ? null : v;
}
