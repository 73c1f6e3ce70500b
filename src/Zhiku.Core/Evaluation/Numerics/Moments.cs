namespace Zhiku.Evaluation.Numerics;

/// <summary>Sample moments over the non-missing values of a column (NaN = missing).</summary>
public static class Moments
{
    public static int Count(ReadOnlySpan<double> x)
    {
        var n = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                n++;
            }
        }

        return n;
    }

    public static double Mean(ReadOnlySpan<double> x)
    {
        double sum = 0;
        var n = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                sum += v;
                n++;
            }
        }

        return n == 0 ? double.NaN : sum / n;
    }

    /// <summary>Sample standard deviation (n − 1), as R's <c>sd</c>.</summary>
    public static double StandardDeviation(ReadOnlySpan<double> x)
    {
        var mean = Mean(x);
        double ss = 0;
        var n = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                ss += (v - mean) * (v - mean);
                n++;
            }
        }

        return n < 2 ? double.NaN : Math.Sqrt(ss / (n - 1));
    }

    public static double Min(ReadOnlySpan<double> x)
    {
        var min = double.PositiveInfinity;
        foreach (var v in x)
        {
            if (v < min)
            {
                min = v;
            }
        }

        return double.IsPositiveInfinity(min) ? double.NaN : min;
    }

    public static double Max(ReadOnlySpan<double> x)
    {
        var max = double.NegativeInfinity;
        foreach (var v in x)
        {
            if (v > max)
            {
                max = v;
            }
        }

        return double.IsNegativeInfinity(max) ? double.NaN : max;
    }

    /// <summary>Median of the non-missing values (R's <c>median</c>).</summary>
    public static double Median(ReadOnlySpan<double> x) => Quantiles.Type7(NonMissingSorted(x), 0.5);

    /// <summary>
    /// Skewness as e1071 type 2 (Excel's SKEW), the definition COINr's <c>skew()</c> copies:
    /// g1 = √n Σd³ / (Σd²)^{3/2}, G1 = g1 √(n(n−1)) / (n−2).
    /// </summary>
    public static double Skewness(ReadOnlySpan<double> x)
    {
        var mean = Mean(x);
        double s2 = 0, s3 = 0;
        var n = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                var d = v - mean;
                s2 += d * d;
                s3 += d * d * d;
                n++;
            }
        }

        if (n < 3)
        {
            return double.NaN;
        }

        var g1 = Math.Sqrt(n) * s3 / Math.Pow(s2, 1.5);
        return g1 * Math.Sqrt((double)n * (n - 1)) / (n - 2);
    }

    /// <summary>
    /// Excess kurtosis as e1071 type 2 (Excel's KURT), as COINr's <c>kurt()</c>:
    /// r = n Σd⁴ / (Σd²)², G2 = ((n+1)(r−3) + 6)(n−1) / ((n−2)(n−3)).
    /// </summary>
    public static double Kurtosis(ReadOnlySpan<double> x)
    {
        var mean = Mean(x);
        double s2 = 0, s4 = 0;
        var n = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                var d = v - mean;
                var d2 = d * d;
                s2 += d2;
                s4 += d2 * d2;
                n++;
            }
        }

        if (n < 4)
        {
            return double.NaN;
        }

        var r = n * s4 / (s2 * s2);
        return ((n + 1) * (r - 3) + 6) * (n - 1) / ((n - 2.0) * (n - 3));
    }

    /// <summary>Pearson correlation over the rows where both are present.</summary>
    public static double Correlation(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double sx = 0, sy = 0;
        var n = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i]))
            {
                sx += x[i];
                sy += y[i];
                n++;
            }
        }

        if (n < 2)
        {
            return double.NaN;
        }

        var (mx, my) = (sx / n, sy / n);
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i]))
            {
                var (dx, dy) = (x[i] - mx, y[i] - my);
                sxy += dx * dy;
                sxx += dx * dx;
                syy += dy * dy;
            }
        }

        return sxy / Math.Sqrt(sxx * syy);
    }

    public static double[] NonMissingSorted(ReadOnlySpan<double> x)
    {
        var list = new List<double>(x.Length);
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                list.Add(v);
            }
        }

        list.Sort();
        return [.. list];
    }
}
