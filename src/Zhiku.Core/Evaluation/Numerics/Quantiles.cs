namespace Zhiku.Evaluation.Numerics;

/// <summary>Quantiles as R's <c>quantile(type = 7)</c>, the default COINr uses for rank intervals.</summary>
public static class Quantiles
{
    /// <summary>The type-7 quantile of already sorted values: h = (n − 1)p, linear between neighbours.</summary>
    public static double Type7(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var h = (sorted.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
