using Zhiku.Evaluation.Numerics;

namespace Zhiku.Evaluation.Sensitivity;

/// <summary>
/// The N(d + 2) sample of COINr's <c>SA_sample</c> (Saltelli et al. 2008, Global Sensitivity Analysis: The Primer):
/// rows 0..N−1 are A, N..2N−1 are B, then for each input i a block A_B^(i) (A with column i from B).
/// </summary>
public static class SaltelliDesign
{
    public static double[][] Sample(int n, int d, Xoshiro rng)
    {
        var a = new double[n][];
        var b = new double[n][];
        for (var r = 0; r < n; r++)
        {
            // A and B from one stream, as COINr draws them as one N × 2d matrix.
            var row = Enumerable.Range(0, 2 * d).Select(_ => rng.NextDouble()).ToArray();
            a[r] = row[..d];
            b[r] = row[d..];
        }

        var points = new List<double[]>(n * (d + 2));
        points.AddRange(a);
        points.AddRange(b);
        for (var i = 0; i < d; i++)
        {
            for (var r = 0; r < n; r++)
            {
                var ab = (double[])a[r].Clone();
                ab[i] = b[r][i];
                points.Add(ab);
            }
        }

        return [.. points];
    }
}
