namespace Zhiku.Analytics.Networks.Labels;

/// <summary>
/// Dunning's log-likelihood ratio G² = 2 Σ O·ln(O/E) of a 2×2 table (Dunning 1993, "Accurate methods for the
/// statistics of surprise and coincidence", Computational Linguistics 19(1)), as CiteSpace ranks cluster label terms.
/// </summary>
internal static class LogLikelihood
{
    /// <summary>G² for: <paramref name="a"/> = in cluster with term, <paramref name="b"/> = outside with term, <paramref name="c"/> = in cluster without, <paramref name="d"/> = outside without.</summary>
    public static double Ratio(double a, double b, double c, double d)
    {
        var n = a + b + c + d;
        return 2 * (Term(a, (a + b) * (a + c) / n) + Term(b, (a + b) * (b + d) / n) + Term(c, (c + d) * (a + c) / n) + Term(d, (c + d) * (b + d) / n));
    }

    private static double Term(double observed, double expected) => observed > 0 ? observed * Math.Log(observed / expected) : 0;
}
