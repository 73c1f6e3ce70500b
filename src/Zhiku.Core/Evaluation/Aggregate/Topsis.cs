namespace Zhiku.Evaluation.Aggregate;

/// <summary>
/// TOPSIS (Hwang &amp; Yoon 1981): normalise each criterion (cost criteria reversed), weight, take the ideal and
/// anti-ideal per criterion, then closeness C = D⁻/(D⁺ + D⁻) from Euclidean distances.
/// </summary>
public static class Topsis
{
    /// <summary>Closeness per unit; <paramref name="columns"/>[criterion][unit], <paramref name="types"/> +1 benefit / −1 cost.</summary>
    public static double[] Closeness(IReadOnlyList<double[]> columns, IReadOnlyList<double> weights, IReadOnlyList<int> types, TopsisNormalisation normalisation)
    {
        if (columns.Any(c => c.Any(double.IsNaN)))
        {
            throw new ArgumentException("topsis: missing values (impute first)");
        }

        var m = columns.Count;
        var n = m == 0 ? 0 : columns[0].Length;
        var wsum = weights.Sum();
        var v = new double[m][];
        for (var c = 0; c < m; c++)
        {
            v[c] = Normalise(columns[c], types[c], normalisation);
            for (var i = 0; i < n; i++)
            {
                v[c][i] *= weights[c] / wsum;
            }
        }

        var closeness = new double[n];
        var dPlus = new double[n];
        var dMinus = new double[n];
        for (var c = 0; c < m; c++)
        {
            // After min-max the cost criteria are already reversed; after vector normalisation they are not.
            var benefit = normalisation == TopsisNormalisation.MinMax || types[c] == 1;
            var (best, worst) = benefit ? (v[c].Max(), v[c].Min()) : (v[c].Min(), v[c].Max());
            for (var i = 0; i < n; i++)
            {
                dPlus[i] += (v[c][i] - best) * (v[c][i] - best);
                dMinus[i] += (v[c][i] - worst) * (v[c][i] - worst);
            }
        }

        for (var i = 0; i < n; i++)
        {
            var (p, q) = (Math.Sqrt(dPlus[i]), Math.Sqrt(dMinus[i]));
            closeness[i] = q / (p + q);
        }

        return closeness;
    }

    private static double[] Normalise(double[] x, int type, TopsisNormalisation normalisation)
    {
        switch (normalisation)
        {
            case TopsisNormalisation.Vector:
                var norm = Math.Sqrt(x.Sum(v => v * v));
                return [.. x.Select(v => v / norm)];
            case TopsisNormalisation.MinMax:
                var (min, max) = (x.Min(), x.Max());
                return type == 1 ? [.. x.Select(v => (v - min) / (max - min))] : [.. x.Select(v => (max - v) / (max - min))];
            default:
                return [.. x];
        }
    }
}
