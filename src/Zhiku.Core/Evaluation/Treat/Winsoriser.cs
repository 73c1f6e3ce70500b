namespace Zhiku.Evaluation.Treat;

/// <summary>
/// COINr's <c>winsorise</c>: while the column fails the skew/kurtosis check and fewer than <c>winmax</c> points have
/// been treated, replace every point equal to the current maximum (skew ≥ 0) or minimum (skew &lt; 0) by the next
/// value. Tied extremes are treated together; the count is of distinct treated points.
/// </summary>
public static class Winsoriser
{
    /// <summary>Winsorises a copy of <paramref name="x"/>; returns it with the per-point marks (winhi / winlo / empty).</summary>
    public static (double[] X, string[] Marks, int Count) Apply(ReadOnlySpan<double> x, int winmax, double skewThreshold, double kurtThreshold, bool force = false)
    {
        var result = x.ToArray();
        var marks = new string[result.Length];
        Array.Fill(marks, "");
        var treated = new HashSet<int>();
        var check = SkewKurtCheck.Of(result, skewThreshold, kurtThreshold);
        while ((!check.Pass || force) && treated.Count < winmax)
        {
            var high = check.Skew >= 0 || double.IsNaN(check.Skew);
            var extreme = high ? Numerics.Moments.Max(result) : Numerics.Moments.Min(result);
            var next = high ? double.NegativeInfinity : double.PositiveInfinity;
            var hits = new List<int>();
            for (var i = 0; i < result.Length; i++)
            {
                var v = result[i];
                if (double.IsNaN(v))
                {
                    continue;
                }

                if (v == extreme)
                {
                    hits.Add(i);
                }
                else if (high ? v > next : v < next)
                {
                    next = v;
                }
            }

            if (double.IsInfinity(next))
            {
                break; // every value is the same: nothing left to winsorise
            }

            foreach (var i in hits)
            {
                result[i] = next;
                marks[i] = high ? "winhi" : "winlo";
                treated.Add(i);
            }

            check = SkewKurtCheck.Of(result, skewThreshold, kurtThreshold);
        }

        return (result, marks, treated.Count);
    }
}
