namespace Zhiku.Consultation;

/// <summary>
/// Kendall's coefficient of concordance with the correction for ties (Kendall 1948; Siegel &amp; Castellan 1988):
/// each expert's values are ranked (average ranks for ties), R_i is item i's rank sum, S = Σ(R_i − R̄)² and
/// W = 12S / (m²(n³ − n) − m·ΣT) with T = Σ(t³ − t) over each expert's tie groups.
/// </summary>
public static class KendallW
{
    /// <param name="ratings">One row per expert, one column per item; every expert rates every item.</param>
    public static Concordance Of(IReadOnlyList<IReadOnlyList<double>> ratings)
    {
        var m = ratings.Count;
        if (m < 2)
        {
            throw new ArgumentException("Kendall's W needs at least two experts");
        }

        var n = ratings[0].Count;
        if (n < 2 || ratings.Any(r => r.Count != n))
        {
            throw new ArgumentException("Kendall's W needs at least two items, rated by every expert");
        }

        var sums = new double[n];
        var tieTerm = 0.0;
        foreach (var row in ratings)
        {
            var (ranks, ties) = AverageRanks.Of(row);
            tieTerm += ties;
            for (var i = 0; i < n; i++)
            {
                sums[i] += ranks[i];
            }
        }

        var mean = sums.Average();
        var s = sums.Sum(r => (r - mean) * (r - mean));
        var denominator = (double)m * m * ((double)n * n * n - n) - m * tieTerm;

        // Every expert tied every item: no ranking to agree on, W is undefined; report no concordance.
        var w = denominator <= 0 ? 0 : 12 * s / denominator;
        var chi = m * (n - 1) * w;
        return new Concordance(m, n, w, chi, n - 1, ChiSquare.UpperTail(chi, n - 1), tieTerm, sums);
    }
}
