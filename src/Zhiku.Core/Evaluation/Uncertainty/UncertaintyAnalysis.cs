using Zhiku.Evaluation.Numerics;
using Zhiku.Evaluation.Pipeline;

namespace Zhiku.Evaluation.Uncertainty;

/// <summary>
/// Monte Carlo uncertainty analysis (COINr <c>get_sensitivity</c>, SA_type "UA"): N uniform samples of the uncertain
/// inputs declared in the spec, the index regenerated for each, and per unit the nominal rank and the mean, median,
/// 5th and 95th percentile of its rank.
/// </summary>
public static class UncertaintyAnalysis
{
    public static UncertaintyResult Run(LoadedEvaluation loaded, int runs, ulong seed)
    {
        var spec = loaded.Spec.Uncertainty ?? throw new ArgumentException("uncertainty: the spec declares no uncertain inputs ('uncertainty:')");
        if (runs < 1)
        {
            throw new ArgumentException("uncertainty: --runs must be at least 1");
        }

        var replicator = new Replicator(loaded, loaded.Spec.Steps, spec, seed);
        var points = Replicator.UniformPoints(runs, replicator.Dimensions, new Xoshiro(seed));
        var ranks = replicator.Ranks(points, out var failed);
        var units = replicator.Units.Select((u, j) => Stats(u, replicator.NominalScores[j], replicator.NominalRanks[j], ranks.Select(r => r[j]))).ToList();
        return new UncertaintyResult(replicator.Target, runs, seed, [.. spec.Inputs.Select(i => i.Name)], units, ranks, failed);
    }

    public static UnitRankStats Stats(string unit, double score, double nominal, IEnumerable<double> ranks)
    {
        var sorted = ranks.Where(r => !double.IsNaN(r)).Order().ToArray();
        return new UnitRankStats(unit, score, nominal, sorted.Length == 0 ? double.NaN : sorted.Average(), Quantiles.Type7(sorted, 0.5), Quantiles.Type7(sorted, 0.05), Quantiles.Type7(sorted, 0.95));
    }
}
