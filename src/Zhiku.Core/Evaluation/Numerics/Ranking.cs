namespace Zhiku.Evaluation.Numerics;

/// <summary>Ranks as R's <c>rank(ties.method = "min")</c>; NaN stays NaN.</summary>
public static class Ranking
{
    /// <summary>Rank 1 = highest score (COINr's results ranks).</summary>
    public static double[] Descending(ReadOnlySpan<double> scores)
    {
        var n = scores.Length;
        var order = new int[n];
        var keys = new double[n];
        var m = 0;
        for (var i = 0; i < n; i++)
        {
            if (!double.IsNaN(scores[i]))
            {
                order[m] = i;
                keys[m] = -scores[i];
                m++;
            }
        }

        return Assign(scores.Length, keys.AsSpan(0, m), order.AsSpan(0, m));
    }

    /// <summary>Rank 1 = lowest value (COINr's <c>n_rank</c>).</summary>
    public static double[] Ascending(ReadOnlySpan<double> values)
    {
        var n = values.Length;
        var order = new int[n];
        var keys = new double[n];
        var m = 0;
        for (var i = 0; i < n; i++)
        {
            if (!double.IsNaN(values[i]))
            {
                order[m] = i;
                keys[m] = values[i];
                m++;
            }
        }

        return Assign(n, keys.AsSpan(0, m), order.AsSpan(0, m));
    }

    private static double[] Assign(int n, Span<double> keys, Span<int> order)
    {
        var ranks = new double[n];
        Array.Fill(ranks, double.NaN);
        keys.Sort(order);
        for (var i = 0; i < keys.Length; i++)
        {
            ranks[order[i]] = i > 0 && keys[i] == keys[i - 1] ? ranks[order[i - 1]] : i + 1;
        }

        return ranks;
    }
}
