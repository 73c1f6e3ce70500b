using Zhiku.Evaluation.Numerics;

namespace Zhiku.Evaluation.Normalise;

/// <summary>
/// COINr's normalisation functions (R/normalise.R, COINr 1.1.14) on one column; NaN stays NaN. Direction is applied by
/// the caller (x · direction) except for the target and goalpost methods, which take it as an argument, as in COINr.
/// </summary>
public static class Normalisers
{
    /// <summary><c>n_minmax</c>: (x − min)/(max − min)·(u − l) + l.</summary>
    public static double[] MinMax(ReadOnlySpan<double> x, double l, double u)
    {
        var (min, max) = (Moments.Min(x), Moments.Max(x));
        return Map(x, v => (v - min) / (max - min) * (u - l) + l);
    }

    /// <summary><c>n_zscore</c>: (x − mean)/sd·s + m with the sample sd.</summary>
    public static double[] ZScore(ReadOnlySpan<double> x, double m, double s)
    {
        var (mean, sd) = (Moments.Mean(x), Moments.StandardDeviation(x));
        return Map(x, v => (v - mean) / sd * s + m);
    }

    /// <summary><c>n_scaled</c>: (x − l)/(u − l)·scale.</summary>
    public static double[] Scaled(ReadOnlySpan<double> x, double l, double u, double scale) => Map(x, v => (v - l) / (u - l) * scale);

    /// <summary><c>n_dist2max</c>: 1 − (max − x)/(max − min).</summary>
    public static double[] DistanceToMax(ReadOnlySpan<double> x)
    {
        var (min, max) = (Moments.Min(x), Moments.Max(x));
        return Map(x, v => 1 - (max - v) / (max - min));
    }

    /// <summary><c>n_dist2ref</c>: 1 − (x_ref − x)/(x_ref − min), optionally capped at 1.</summary>
    public static double[] DistanceToReference(ReadOnlySpan<double> x, double reference, bool capMax)
    {
        var min = Moments.Min(x);
        return Map(x, v => Cap(1 - (reference - v) / (reference - min), capMax));
    }

    /// <summary><c>n_dist2targ</c>: (x − min)/(target − min) for direction 1, (max − x)/(max − target) for −1; optional cap.</summary>
    public static double[] DistanceToTarget(ReadOnlySpan<double> x, double target, int direction, bool capMax)
    {
        var (min, max) = (Moments.Min(x), Moments.Max(x));
        return direction == 1
            ? Map(x, v => Cap((v - min) / (target - min), capMax))
            : Map(x, v => Cap((max - v) / (max - target), capMax));
    }

    /// <summary><c>n_fracmax</c>: x / max.</summary>
    public static double[] FractionOfMax(ReadOnlySpan<double> x)
    {
        var max = Moments.Max(x);
        return Map(x, v => v / max);
    }

    /// <summary><c>n_rank</c>: rank with ties at the minimum.</summary>
    public static double[] Rank(ReadOnlySpan<double> x) => Ranking.Ascending(x);

    /// <summary><c>n_borda</c>: rank − 1.</summary>
    public static double[] Borda(ReadOnlySpan<double> x) => [.. Ranking.Ascending(x).Select(r => r - 1)];

    /// <summary><c>n_prank</c>: (rank − 1)/(n − 1), n the non-missing count.</summary>
    public static double[] PercentileRank(ReadOnlySpan<double> x)
    {
        var n = Moments.Count(x);
        return [.. Ranking.Ascending(x).Select(r => (r - 1) / (n - 1))];
    }

    /// <summary><c>n_goalposts</c>: (x − lo)/(hi − lo) (direction 1) or (x − hi)/(lo − hi) (−1), truncated to [0, 1], times scale.</summary>
    public static double[] Goalposts(ReadOnlySpan<double> x, double lo, double hi, double scale, int direction) =>
        direction == 1
            ? Map(x, v => Math.Clamp((v - lo) / (hi - lo), 0, 1) * scale)
            : Map(x, v => Math.Clamp((v - hi) / (lo - hi), 0, 1) * scale);

    private static double Cap(double v, bool capMax) => capMax && v > 1 ? 1 : v;

    private static double[] Map(ReadOnlySpan<double> x, Func<double, double> f)
    {
        var result = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            result[i] = double.IsNaN(x[i]) ? double.NaN : f(x[i]);
        }

        return result;
    }
}
