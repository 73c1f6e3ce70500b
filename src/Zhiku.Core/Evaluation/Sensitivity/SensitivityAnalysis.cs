using Zhiku.Evaluation.Numerics;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Uncertainty;

namespace Zhiku.Evaluation.Sensitivity;

/// <summary>
/// Variance-based sensitivity analysis (COINr <c>get_sensitivity</c>, SA_type "SA"): a Saltelli design of N(d + 2)
/// regenerations; the output of each is the mean absolute shift of the units' ranks from the nominal ranks.
/// </summary>
public static class SensitivityAnalysis
{
    public static SensitivityResult Run(LoadedEvaluation loaded, int n, ulong seed, int bootstrap = 100)
    {
        var spec = loaded.Spec.Uncertainty ?? throw new ArgumentException("sensitivity: the spec declares no uncertain inputs ('uncertainty:')");
        if (spec.Inputs.Count < 2)
        {
            throw new ArgumentException("sensitivity: at least two uncertain inputs are needed (use uncertainty for one)");
        }

        if (n < 3)
        {
            throw new ArgumentException("sensitivity: --runs (N) must be at least 3");
        }

        var replicator = new Replicator(loaded, loaded.Spec.Steps, spec, seed);
        var rng = new Xoshiro(seed);
        var points = SaltelliDesign.Sample(n, replicator.Dimensions, rng);
        var ranks = replicator.Ranks(points, out var failed);
        var y = ranks.Select(r => MeanAbsoluteShift(r, replicator.NominalRanks)).ToArray();
        var (variance, indices) = SobolEstimator.Estimate(y, n, [.. spec.Inputs.Select(i => i.Name)], bootstrap, rng);
        return new SensitivityResult(replicator.Target, n, points.Length, seed, variance, indices, failed);
    }

    public static double MeanAbsoluteShift(IReadOnlyList<double> ranks, IReadOnlyList<double> nominal)
    {
        double sum = 0;
        var count = 0;
        for (var j = 0; j < ranks.Count; j++)
        {
            if (!double.IsNaN(ranks[j]) && !double.IsNaN(nominal[j]))
            {
                sum += Math.Abs(ranks[j] - nominal[j]);
                count++;
            }
        }

        return count == 0 ? double.NaN : sum / count;
    }
}
