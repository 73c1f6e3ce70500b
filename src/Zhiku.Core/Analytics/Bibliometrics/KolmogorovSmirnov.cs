namespace Zhiku.Analytics.Bibliometrics;

/// <summary>Two-sample Kolmogorov–Smirnov test with the asymptotic distribution (Smirnov 1948; R's ks.test, exact = FALSE).</summary>
internal static class KolmogorovSmirnov
{
    /// <summary>D = sup |F₁ − F₂| and P(K &gt; √(nm/(n+m))·D) under the Kolmogorov limit distribution.</summary>
    public static (double Statistic, double PValue) TwoSample(double[] a, double[] b)
    {
        var x = a.Order().ToArray();
        var y = b.Order().ToArray();
        double d = 0;
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            var v = Math.Min(x[i], y[j]);
            while (i < x.Length && x[i] <= v)
            {
                i++;
            }

            while (j < y.Length && y[j] <= v)
            {
                j++;
            }

            d = Math.Max(d, Math.Abs(((double)i / x.Length) - ((double)j / y.Length)));
        }

        var lambda = Math.Sqrt((double)x.Length * y.Length / (x.Length + y.Length)) * d;
        return (d, LimitUpperTail(lambda));
    }

    /// <summary>Q(λ) = 2 Σ_{k≥1} (−1)^{k−1} e^{−2k²λ²}, 1 for λ ≤ 0.</summary>
    internal static double LimitUpperTail(double lambda)
    {
        if (lambda <= 0)
        {
            return 1;
        }

        if (lambda < 1)
        {
            // For small λ the alternating series converges slowly; use K(λ) = √(2π)/λ Σ e^{−(2k−1)²π²/(8λ²)}.
            double sum = 0;
            for (var k = 1; k <= 20; k++)
            {
                sum += Math.Exp(-((2 * k) - 1) * ((2 * k) - 1) * Math.PI * Math.PI / (8 * lambda * lambda));
            }

            return Math.Clamp(1 - (Math.Sqrt(2 * Math.PI) / lambda * sum), 0, 1);
        }

        double tail = 0;
        for (var k = 1; k <= 100; k++)
        {
            var term = Math.Exp(-2.0 * k * k * lambda * lambda);
            tail += (k % 2 == 1 ? 2 : -2) * term;
            if (term < 1e-16)
            {
                break;
            }
        }

        return Math.Clamp(tail, 0, 1);
    }
}
