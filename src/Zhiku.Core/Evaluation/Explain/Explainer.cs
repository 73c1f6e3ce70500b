using Zhiku.Evaluation.Numerics;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Spec;

namespace Zhiku.Evaluation.Explain;

/// <summary>Explanations of a run: contributions, strengths and weaknesses, removal effects, correlations with flags.</summary>
public static class Explainer
{
    /// <summary>Per component of every aggregate, how far it lifts (positive) or lowers the unit's score versus the mean unit.</summary>
    public static IReadOnlyList<Contribution> Contributions(EvaluationResult result, string unit)
    {
        var table = result.Final;
        var u = table.Units.ToList().IndexOf(unit);
        if (u < 0)
        {
            throw new ArgumentException($"explain: unknown unit '{unit}'");
        }

        var list = new List<Contribution>();
        foreach (var aggregate in result.Framework.Aggregates)
        {
            var children = result.Framework.Children(aggregate.Code);
            var wsum = children.Sum(c => c.Weight);
            foreach (var child in children)
            {
                var x = table.Column(child.Code);
                var share = child.Weight / wsum;
                list.Add(new Contribution(aggregate.Code, child.Code, x[u], share, share * (x[u] - Moments.Mean(x))));
            }
        }

        return [.. list.OrderByDescending(c => Math.Abs(c.Effect))];
    }

    /// <summary>The unit's <paramref name="count"/> best and worst indicators by its rank on each (ties at the minimum).</summary>
    public static IReadOnlyList<StrengthWeakness> StrengthsAndWeaknesses(EvaluationResult result, string unit, int count = 5)
    {
        var table = result.Final;
        var u = table.Units.ToList().IndexOf(unit);
        var ranked = result.Framework.Indicators.Where(i => table.Has(i.Code))
            .Select(i => (Code: i.Code, Rank: Ranking.Descending(table.Column(i.Code))[u], Value: table.Column(i.Code)[u]))
            .Where(r => !double.IsNaN(r.Rank))
            .OrderBy(r => r.Rank).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
        return [.. ranked.Take(count).Select(r => new StrengthWeakness(r.Code, r.Rank, r.Value, true)),
                .. ranked.AsEnumerable().Reverse().Take(count).Select(r => new StrengthWeakness(r.Code, r.Rank, r.Value, false))];
    }

    /// <summary>Re-runs the steps with each indicator's weight set to zero in turn and compares the target ranks.</summary>
    public static IReadOnlyList<RemovalEffect> RemovalEffects(EvaluationPipeline pipeline, IReadOnlyList<StepSpec> steps, string target)
    {
        var nominal = Ranking.Descending(pipeline.Run(steps).Final.Column(target));
        var effects = new RemovalEffect[pipeline.Framework.Indicators.Count];
        Parallel.For(0, effects.Length, i =>
        {
            var code = pipeline.Framework.Indicators[i].Code;
            var ranks = Ranking.Descending(pipeline.Run(steps, new Dictionary<string, double> { [code] = 0 }).Final.Column(target));
            var shifts = ranks.Zip(nominal, (a, b) => Math.Abs(a - b)).Where(d => !double.IsNaN(d)).ToArray();
            effects[i] = new RemovalEffect(code, shifts.Average(), shifts.Max());
        });
        return [.. effects.OrderByDescending(e => e.MeanAbsoluteRankChange)];
    }

    /// <summary>Re-runs the steps without each indicator in turn and reports one unit's score and rank on the target.</summary>
    public static IReadOnlyList<UnitRemovalEffect> RemovalEffects(EvaluationPipeline pipeline, IReadOnlyList<StepSpec> steps, string target, string unit)
    {
        var nominal = pipeline.Run(steps).Final;
        var u = nominal.Units.ToList().IndexOf(unit);
        if (u < 0)
        {
            throw new ArgumentException($"explain: unknown unit '{unit}'");
        }

        var score = nominal.Column(target)[u];
        var rank = Ranking.Descending(nominal.Column(target))[u];
        var effects = new UnitRemovalEffect[pipeline.Framework.Indicators.Count];
        Parallel.For(0, effects.Length, i =>
        {
            var code = pipeline.Framework.Indicators[i].Code;
            var column = pipeline.Run(steps, new Dictionary<string, double> { [code] = 0 }).Final.Column(target);
            var r = Ranking.Descending(column)[u];
            effects[i] = new UnitRemovalEffect(code, column[u], column[u] - score, r, r - rank);
        });
        return [.. effects.OrderByDescending(e => Math.Abs(e.RankChange)).ThenByDescending(e => Math.Abs(e.ScoreChange))];
    }

    /// <summary>Correlations of every component with its parent and of siblings with each other, flagged.</summary>
    public static IReadOnlyList<CorrelationFlag> Correlations(EvaluationResult result, double collinear = 0.9, double weak = 0.3)
    {
        var table = result.Final;
        var list = new List<CorrelationFlag>();
        foreach (var aggregate in result.Framework.Aggregates.Where(a => table.Has(a.Code)))
        {
            var children = result.Framework.Children(aggregate.Code).Where(c => table.Has(c.Code)).ToList();
            foreach (var child in children)
            {
                var r = Moments.Correlation(table.Column(child.Code), table.Column(aggregate.Code));
                list.Add(new CorrelationFlag(child.Code, aggregate.Code, "parent", r, r < 0 ? "negative" : r < weak ? "weak" : null));
            }

            for (var i = 0; i < children.Count; i++)
            {
                for (var j = i + 1; j < children.Count; j++)
                {
                    var r = Moments.Correlation(table.Column(children[i].Code), table.Column(children[j].Code));
                    list.Add(new CorrelationFlag(children[i].Code, children[j].Code, "sibling", r, r > collinear ? "collinear" : r < 0 ? "negative" : null));
                }
            }
        }

        return list;
    }
}
