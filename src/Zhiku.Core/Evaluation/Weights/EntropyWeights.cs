namespace Zhiku.Evaluation.Weights;

/// <summary>
/// The entropy weight method: p_ij = x_ij / Σ_i x_ij, e_j = −(1/ln m) Σ_i p_ij ln p_ij, d_j = 1 − e_j,
/// w_j = d_j / Σ d. Variants differ; the choice is recorded: <c>zeroColumnsAsNoInformation</c> false uses
/// 0·ln 0 = 0 (scikit-criteria), true sets e_j = 0 for a column holding a zero (pymcdm).
/// No pre-normalisation and no cost reversal: normalise before if needed.
/// </summary>
public static class EntropyWeights
{
    /// <summary><paramref name="columns"/>[criterion][alternative], non-negative.</summary>
    public static double[] Compute(IReadOnlyList<double[]> columns, bool zeroColumnsAsNoInformation = false)
    {
        if (columns.Any(c => c.Any(double.IsNaN)))
        {
            throw new ArgumentException("entropy weights: missing values (impute first)");
        }

        var d = new double[columns.Count];
        for (var j = 0; j < columns.Count; j++)
        {
            var x = columns[j];
            if (x.Any(v => v < 0))
            {
                throw new ArgumentException("entropy weights: values must be non-negative");
            }

            var m = x.Length;
            var sum = x.Sum();
            double e = 0;
            if (!(zeroColumnsAsNoInformation && x.Any(v => v == 0)))
            {
                foreach (var v in x)
                {
                    var p = v / sum;
                    if (p > 0)
                    {
                        e -= p * Math.Log(p);
                    }
                }

                e /= Math.Log(m);
            }

            d[j] = 1 - e;
        }

        var total = d.Sum();
        return [.. d.Select(v => v / total)];
    }
}
