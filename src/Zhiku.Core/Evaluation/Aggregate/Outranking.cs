namespace Zhiku.Evaluation.Aggregate;

/// <summary>
/// COINr's outranking matrix and Copeland scores (<c>outrankMatrix</c>, <c>a_copeland</c>): orm[i,j] is the share of
/// weight on criteria where unit i beats unit j plus half the share where they tie; the Copeland score of i is
/// Σ_{j≠i} sign(orm[i,j] − 0.5). Criteria missing for either unit are left out of that pair.
/// </summary>
public static class Outranking
{
    /// <summary>Units are rows of <paramref name="columns"/>[criterion][unit].</summary>
    public static double[,] Matrix(IReadOnlyList<double[]> columns, IReadOnlyList<double> weights)
    {
        var n = columns.Count == 0 ? 0 : columns[0].Length;
        var orm = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (i == j)
                {
                    continue;
                }

                double win = 0, total = 0;
                for (var c = 0; c < columns.Count; c++)
                {
                    var (a, b) = (columns[c][i], columns[c][j]);
                    if (double.IsNaN(a) || double.IsNaN(b))
                    {
                        continue;
                    }

                    total += weights[c];
                    win += a > b ? weights[c] : a == b ? weights[c] / 2 : 0;
                }

                orm[i, j] = total == 0 ? double.NaN : win / total;
            }
        }

        return orm;
    }

    public static double[] Copeland(IReadOnlyList<double[]> columns, IReadOnlyList<double> weights)
    {
        var orm = Matrix(columns, weights);
        var n = orm.GetLength(0);
        var scores = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (i != j && !double.IsNaN(orm[i, j]))
                {
                    scores[i] += Math.Sign(orm[i, j] - 0.5);
                }
            }
        }

        return scores;
    }

    /// <summary>Pairs of units in which one beats the other on every criterion (COINr nDominant).</summary>
    public static int DominantCount(double[,] orm)
    {
        var n = orm.GetLength(0);
        var count = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                if (orm[i, j] == 1 || orm[j, i] == 1)
                {
                    count++;
                }
            }
        }

        return count;
    }
}
