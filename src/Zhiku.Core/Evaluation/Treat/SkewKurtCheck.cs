using Zhiku.Evaluation.Numerics;

namespace Zhiku.Evaluation.Treat;

/// <summary>
/// COINr's <c>check_SkewKurt</c>: a column passes when |skewness| &lt; the skew threshold OR kurtosis &lt; the kurtosis
/// threshold (it fails only when both are exceeded). Defaults as in COINr's code: 2 and 3.5 (the documented 2.25 is
/// not what the code uses).
/// </summary>
public readonly record struct SkewKurtCheck(bool Pass, double Skew, double Kurt)
{
    public static SkewKurtCheck Of(ReadOnlySpan<double> x, double skewThreshold, double kurtThreshold)
    {
        var skew = Moments.Skewness(x);
        var kurt = Moments.Kurtosis(x);
        return new SkewKurtCheck(Math.Abs(skew) < skewThreshold || kurt < kurtThreshold, skew, kurt);
    }
}
