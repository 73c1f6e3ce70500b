namespace Zhiku.Evaluation.Aggregate;

/// <summary>
/// COINr's weighted means (R/aggregate.R: <c>a_amean</c>, <c>a_gmean</c>, <c>a_hmean</c>, <c>a_genmean</c>):
/// missing values are dropped and the weights of the rest used as they are, i.e. re-scaled to sum 1.
/// </summary>
public static class Means
{
    public static double Arithmetic(ReadOnlySpan<double> x, ReadOnlySpan<double> w)
    {
        double sum = 0, wsum = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]))
            {
                sum += w[i] * x[i];
                wsum += w[i];
            }
        }

        return wsum == 0 ? double.NaN : sum / wsum;
    }

    /// <summary>(Π x^w)^(1/Σw); undefined (an error, as COINr stops) for x ≤ 0.</summary>
    public static double Geometric(ReadOnlySpan<double> x, ReadOnlySpan<double> w)
    {
        double logSum = 0, wsum = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i]))
            {
                continue;
            }

            if (x[i] <= 0)
            {
                throw new ArgumentException("geometric mean: values must be positive (scale the data to e.g. [1, 100] first)");
            }

            logSum += w[i] * Math.Log(x[i]);
            wsum += w[i];
        }

        return wsum == 0 ? double.NaN : Math.Exp(logSum / wsum);
    }

    /// <summary>Σw / Σ(w/x); undefined for x = 0.</summary>
    public static double Harmonic(ReadOnlySpan<double> x, ReadOnlySpan<double> w)
    {
        double inv = 0, wsum = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i]))
            {
                continue;
            }

            if (x[i] == 0)
            {
                throw new ArgumentException("harmonic mean: values must be non-zero");
            }

            inv += w[i] / x[i];
            wsum += w[i];
        }

        return wsum == 0 ? double.NaN : wsum / inv;
    }

    /// <summary>(Σ w x^p / Σw)^(1/p); p = 1 arithmetic, p = −1 harmonic, p → 0 geometric.</summary>
    public static double Generalised(ReadOnlySpan<double> x, ReadOnlySpan<double> w, double p)
    {
        if (p == 0)
        {
            return Geometric(x, w);
        }

        double sum = 0, wsum = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]))
            {
                if (x[i] <= 0 && p < 1)
                {
                    throw new ArgumentException("generalised mean: values must be positive for p < 1");
                }

                sum += w[i] * Math.Pow(x[i], p);
                wsum += w[i];
            }
        }

        return wsum == 0 ? double.NaN : Math.Pow(sum / wsum, 1 / p);
    }
}
