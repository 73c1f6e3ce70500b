namespace Zhiku.Analytics.Trends;

/// <summary>The standard normal quantile, by bisection on Φ with erf from Abramowitz &amp; Stegun 7.1.26 (|error| &lt; 1.5e-7).</summary>
internal static class NormalQuantile
{
    /// <summary>z with Φ(z) = (1 + level)/2, the half-width of a two-sided interval.</summary>
    public static double TwoSided(double level)
    {
        var target = (1 + level) / 2;
        double lo = 0, hi = 10;
        for (var i = 0; i < 100; i++)
        {
            var mid = (lo + hi) / 2;
            (lo, hi) = Cdf(mid) < target ? (mid, hi) : (lo, mid);
        }

        return (lo + hi) / 2;
    }

    private static double Cdf(double z) => 0.5 * (1 + Erf(z / Math.Sqrt(2)));

    private static double Erf(double x)
    {
        var t = 1 / (1 + (0.3275911 * x));
        var poly = t * (0.254829592 + (t * (-0.284496736 + (t * (1.421413741 + (t * (-1.453152027 + (t * 1.061405429))))))));
        return 1 - (poly * Math.Exp(-x * x));
    }
}
