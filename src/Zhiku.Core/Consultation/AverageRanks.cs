namespace Zhiku.Consultation;

/// <summary>Ranks as R's <c>rank(ties.method = "average")</c> (1 = lowest), and the tie term Σ(t³ − t) of the tie groups.</summary>
public static class AverageRanks
{
    public static (double[] Ranks, double TieTerm) Of(IReadOnlyList<double> values)
    {
        var n = values.Count;
        var order = Enumerable.Range(0, n).OrderBy(i => values[i]).ToArray();
        var ranks = new double[n];
        var tieTerm = 0.0;
        for (var start = 0; start < n;)
        {
            var end = start;
            while (end + 1 < n && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            // Positions start..end (0-based) share the mean of the ranks start+1..end+1.
            var rank = (start + end + 2) / 2.0;
            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = rank;
            }

            double t = end - start + 1;
            tieTerm += t * t * t - t;
            start = end + 1;
        }

        return (ranks, tieTerm);
    }
}
