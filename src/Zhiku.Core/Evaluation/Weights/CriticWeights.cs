using Zhiku.Evaluation.Numerics;

namespace Zhiku.Evaluation.Weights;

/// <summary>
/// CRITIC (Diakoulaki, Mavrotas &amp; Papayannakis 1995): min–max normalise each criterion, then
/// C_j = σ_j Σ_k (1 − ρ_jk) with the sample σ and Pearson ρ, w_j = C_j / Σ C. Cost criteria are reversed in the
/// normalisation when their type is −1; pymcdm ignores the type (pass all +1 to reproduce it).
/// </summary>
public static class CriticWeights
{
    public static double[] Compute(IReadOnlyList<double[]> columns, IReadOnlyList<int>? types = null)
    {
        if (columns.Any(c => c.Any(double.IsNaN)))
        {
            throw new ArgumentException("critic weights: missing values (impute first)");
        }

        var m = columns.Count;
        var r = new double[m][];
        for (var j = 0; j < m; j++)
        {
            var x = columns[j];
            var (min, max) = (x.Min(), x.Max());
            var cost = types is not null && types[j] == -1;
            r[j] = [.. x.Select(v => cost ? (max - v) / (max - min) : (v - min) / (max - min))];
        }

        var c = new double[m];
        for (var j = 0; j < m; j++)
        {
            double conflict = 0;
            for (var k = 0; k < m; k++)
            {
                conflict += 1 - Moments.Correlation(r[j], r[k]);
            }

            c[j] = Moments.StandardDeviation(r[j]) * conflict;
        }

        var total = c.Sum();
        return [.. c.Select(v => v / total)];
    }
}
