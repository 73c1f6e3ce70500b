namespace Zhiku.Analytics.Trends;

/// <summary>
/// Levenberg–Marquardt least squares for three-parameter curves (Marquardt 1963, with Nielsen's damping update):
/// solves (JᵀJ + λ·diag(JᵀJ))·δ = Jᵀr, accepting a step when the sum of squares falls.
/// </summary>
internal static class LevenbergMarquardt
{
    public static (double[] Parameters, double Sse, double[,] JtJ) Fit(GrowthModel model, double[] t, double[] y, double[] start, int maxIterations = 200)
    {
        var p = (double[])start.Clone();
        var sse = Sse(model, p, t, y);
        var lambda = 1e-3;
        var g = new double[3];
        var jtj = new double[3, 3];
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var jtr = new double[3];
            Array.Clear(jtj);
            for (var i = 0; i < t.Length; i++)
            {
                GrowthCurves.Gradient(model, p, t[i], g);
                var r = y[i] - GrowthCurves.Value(model, p, t[i]);
                for (var a = 0; a < 3; a++)
                {
                    jtr[a] += g[a] * r;
                    for (var b = 0; b < 3; b++)
                    {
                        jtj[a, b] += g[a] * g[b];
                    }
                }
            }

            var improved = false;
            for (var attempt = 0; attempt < 20 && !improved; attempt++)
            {
                var m = (double[,])jtj.Clone();
                for (var a = 0; a < 3; a++)
                {
                    m[a, a] += lambda * Math.Max(jtj[a, a], 1e-12);
                }

                if (Solve(m, jtr) is not { } delta)
                {
                    lambda *= 10;
                    continue;
                }

                var candidate = new[] { p[0] + delta[0], p[1] + delta[1], p[2] + delta[2] };
                var candidateSse = Sse(model, candidate, t, y);
                if (double.IsFinite(candidateSse) && candidateSse < sse && candidate[0] > 0 && candidate[1] > 0)
                {
                    var relative = (sse - candidateSse) / Math.Max(sse, 1e-300);
                    (p, sse, lambda, improved) = (candidate, candidateSse, Math.Max(lambda / 3, 1e-12), true);
                    if (relative < 1e-12)
                    {
                        return (p, sse, jtj);
                    }
                }
                else
                {
                    lambda *= 10;
                }
            }

            if (!improved)
            {
                break;
            }
        }

        return (p, sse, jtj);
    }

    public static double Sse(GrowthModel model, double[] p, double[] t, double[] y)
    {
        double sum = 0;
        for (var i = 0; i < t.Length; i++)
        {
            var r = y[i] - GrowthCurves.Value(model, p, t[i]);
            sum += r * r;
        }

        return sum;
    }

    /// <summary>Solves a 3×3 system by Gaussian elimination with partial pivoting; null when singular.</summary>
    public static double[]? Solve(double[,] a, double[] b)
    {
        const int n = 3;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var c = 0; c < n; c++)
        {
            var pivot = c;
            for (var r = c + 1; r < n; r++)
            {
                if (Math.Abs(m[r, c]) > Math.Abs(m[pivot, c]))
                {
                    pivot = r;
                }
            }

            if (Math.Abs(m[pivot, c]) < 1e-300)
            {
                return null;
            }

            for (var k = 0; k < n; k++)
            {
                (m[c, k], m[pivot, k]) = (m[pivot, k], m[c, k]);
            }

            (x[c], x[pivot]) = (x[pivot], x[c]);
            for (var r = c + 1; r < n; r++)
            {
                var f = m[r, c] / m[c, c];
                for (var k = c; k < n; k++)
                {
                    m[r, k] -= f * m[c, k];
                }

                x[r] -= f * x[c];
            }
        }

        for (var r = n - 1; r >= 0; r--)
        {
            for (var k = r + 1; k < n; k++)
            {
                x[r] -= m[r, k] * x[k];
            }

            x[r] /= m[r, r];
        }

        return x;
    }
}
