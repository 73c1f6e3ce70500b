using Zhiku.Evaluation.Numerics;

namespace Zhiku.Evaluation.Treat;

/// <summary>COINr's log transforms for columns that winsorisation cannot fix.</summary>
public static class LogTransforms
{
    /// <summary>COINr <c>log_CT</c>: log(x − min + 0.01·(max − min)).</summary>
    public static double[] LogCT(ReadOnlySpan<double> x)
    {
        var (min, max) = (Moments.Min(x), Moments.Max(x));
        var shift = 0.01 * (max - min);
        var result = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            result[i] = Math.Log(x[i] - min + shift);
        }

        return result;
    }

    /// <summary>COINr <c>log_CT_orig</c>: log(x − min + 1).</summary>
    public static double[] LogCTOrig(ReadOnlySpan<double> x)
    {
        var min = Moments.Min(x);
        var result = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            result[i] = Math.Log(x[i] - min + 1);
        }

        return result;
    }

    /// <summary>
    /// The GII log, log((max − 1)(x − min)/(max − min) + 1), computed as intended. COINr 1.1.14's <c>log_GII</c>
    /// returns x untransformed (a known bug); Zhiku applies the formula.
    /// </summary>
    public static double[] LogGii(ReadOnlySpan<double> x)
    {
        var (min, max) = (Moments.Min(x), Moments.Max(x));
        var result = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            result[i] = Math.Log((max - 1) * (x[i] - min) / (max - min) + 1);
        }

        return result;
    }
}
