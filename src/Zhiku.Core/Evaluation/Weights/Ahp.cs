namespace Zhiku.Evaluation.Weights;

/// <summary>
/// The Analytic Hierarchy Process (Saaty 1980): priorities are the principal right eigenvector of a positive
/// reciprocal comparison matrix (power iteration), normalised to sum 1.
/// </summary>
public static class Ahp
{
    public static AhpResult Priorities(double[][] matrix, RandomIndexTable table = RandomIndexTable.Saaty1980, double threshold = 0.1)
    {
        var n = matrix.Length;
        Validate(matrix);
        var w = Enumerable.Repeat(1.0 / n, n).ToArray();
        for (var iteration = 0; iteration < 10_000; iteration++)
        {
            var next = Multiply(matrix, w);
            var sum = next.Sum();
            var change = 0.0;
            for (var i = 0; i < n; i++)
            {
                next[i] /= sum;
                change = Math.Max(change, Math.Abs(next[i] - w[i]));
            }

            w = next;
            if (change < 1e-15)
            {
                break;
            }
        }

        var aw = Multiply(matrix, w);
        var lambda = Enumerable.Range(0, n).Average(i => aw[i] / w[i]);
        var ci = n <= 2 ? 0 : (lambda - n) / (n - 1);
        var ri = RandomIndex.Of(n, table);
        var cr = ri == 0 ? 0 : ci / ri;
        return new AhpResult(w, lambda, ci, cr, table, threshold);
    }

    /// <summary>Row geometric means, normalised: the alternative (logarithmic least squares) priority vector.</summary>
    public static double[] GeometricMeanPriorities(double[][] matrix)
    {
        var g = matrix.Select(row => Math.Exp(row.Average(Math.Log))).ToArray();
        var sum = g.Sum();
        return [.. g.Select(v => v / sum)];
    }

    /// <summary>
    /// Combines several experts' matrices by the element-wise geometric mean of their judgements (Aczél &amp; Saaty
    /// 1983), which keeps the result reciprocal.
    /// </summary>
    public static double[][] CombineJudgements(IReadOnlyList<double[][]> matrices)
    {
        var n = matrices[0].Length;
        return [.. Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Select(j => Math.Exp(matrices.Average(m => Math.Log(m[i][j])))).ToArray())];
    }

    private static double[] Multiply(double[][] a, double[] w)
    {
        var result = new double[w.Length];
        for (var i = 0; i < w.Length; i++)
        {
            for (var j = 0; j < w.Length; j++)
            {
                result[i] += a[i][j] * w[j];
            }
        }

        return result;
    }

    private static void Validate(double[][] matrix)
    {
        var n = matrix.Length;
        for (var i = 0; i < n; i++)
        {
            if (matrix[i].Length != n)
            {
                throw new ArgumentException("ahp: the comparison matrix must be square");
            }

            for (var j = 0; j < n; j++)
            {
                if (!(matrix[i][j] > 0))
                {
                    throw new ArgumentException("ahp: judgements must be positive");
                }

                if (Math.Abs(matrix[i][j] * matrix[j][i] - 1) > 1e-2)
                {
                    throw new ArgumentException($"ahp: the matrix is not reciprocal at ({i + 1}, {j + 1})");
                }
            }
        }
    }
}
