using Zhiku.Evaluation.Numerics;

namespace Zhiku.Evaluation.Weights;

/// <summary>
/// PCA weights as COINr's <c>get_PCA</c>: the loadings of the first principal component of the standardised data
/// (the leading eigenvector of the correlation matrix, as <c>prcomp(center, scale)</c>). Loadings may be negative;
/// the sign is fixed so that they sum to a positive number. Rows with a missing value are dropped.
/// </summary>
public static class PcaWeights
{
    public static (double[] Weights, double ExplainedVariance) Compute(IReadOnlyList<double[]> columns)
    {
        var m = columns.Count;
        var rows = Enumerable.Range(0, columns[0].Length).Where(i => columns.All(c => !double.IsNaN(c[i]))).ToArray();
        var complete = columns.Select(c => rows.Select(i => c[i]).ToArray()).ToArray();
        var corr = new double[m, m];
        for (var j = 0; j < m; j++)
        {
            for (var k = 0; k < m; k++)
            {
                corr[j, k] = j == k ? 1 : Moments.Correlation(complete[j], complete[k]);
            }
        }

        var (values, vectors) = SymmetricEigen.Decompose(corr);
        var first = vectors[0];
        if (first.Sum() < 0)
        {
            first = [.. first.Select(v => -v)];
        }

        return (first, values[0] / values.Sum());
    }
}
