namespace Zhiku.Analytics.Bibliometrics;

/// <summary>
/// Lotka's law as bibliometrix's <c>lotka</c> estimates it: the table of authors by number of articles, the
/// least-squares fit log10(share) = log10(C) − β·log10(n), and a two-sample Kolmogorov–Smirnov test of the observed
/// shares against C/n² (β = 2) with the asymptotic p-value (R's ks.test, exact = FALSE).
/// </summary>
public static class LotkaLaw
{
    /// <summary>Fits Lotka's law to each author's number of articles (full counting).</summary>
    public static LotkaResult Fit(IReadOnlyList<RankedItem> authors)
    {
        ArgumentNullException.ThrowIfNull(authors);
        var table = authors.GroupBy(a => a.Documents).OrderBy(g => g.Key)
            .Select(g => (Articles: g.Key, Authors: g.Count())).ToList();
        var total = (double)table.Sum(r => r.Authors);
        var rows = table.Select(r => new LotkaRow(r.Articles, r.Authors, r.Authors / total)).ToList();
        if (rows.Count < 2)
        {
            return new LotkaResult(rows, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var x = rows.Select(r => Math.Log10(r.Articles)).ToArray();
        var y = rows.Select(r => Math.Log10(r.Share)).ToArray();
        var (mx, my) = (x.Average(), y.Average());
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        var slope = sxy / sxx;
        var intercept = my - (slope * mx);
        var r2 = syy == 0 ? 1 : sxy * sxy / (sxx * syy);
        var theoretical = rows.Select(r => Math.Pow(10, intercept - (2 * Math.Log10(r.Articles)))).ToArray();
        var (d, p) = KolmogorovSmirnov.TwoSample([.. rows.Select(r => r.Share)], theoretical);
        return new LotkaResult(rows, Math.Abs(slope), Math.Pow(10, intercept), r2, d, p);
    }
}
