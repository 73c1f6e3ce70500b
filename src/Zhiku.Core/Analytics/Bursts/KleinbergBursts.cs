namespace Zhiku.Analytics.Bursts;

/// <summary>
/// Kleinberg's two-state batched burst model ("Bursty and hierarchical structure in streams", KDD 2002 / DMKD 2003, §4):
/// in slice t, r_t of d_t documents carry the term; state 0 emits at p0 = Σr/Σd, state 1 at p1 = min(s·p0, cap);
/// σ(i,t) = −ln[C(d_t,r_t)·p_i^r_t·(1−p_i)^(d_t−r_t)]; moving up a state costs γ·ln n, staying or moving down is free;
/// the automaton starts in state 0. The state sequence is the exact minimum-cost path (Viterbi).
/// </summary>
public static class KleinbergBursts
{
    /// <summary>The highest burst rate: p1 must stay below 1 for σ to be finite.</summary>
    public const double RateCap = 0.9999;

    public static IReadOnlyList<Burst> Detect(IReadOnlyList<int> relevant, IReadOnlyList<int> documents, BurstOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (relevant.Count != documents.Count)
        {
            throw new ArgumentException("r and d must have one value per slice");
        }

        if (!(options.S > 1) || !(options.Gamma >= 0))
        {
            throw new ArgumentException($"need s > 1 and gamma >= 0 (got s = {options.S}, gamma = {options.Gamma})");
        }

        var n = relevant.Count;
        long totalR = 0, totalD = 0;
        for (var t = 0; t < n; t++)
        {
            if (relevant[t] < 0 || relevant[t] > documents[t])
            {
                throw new ArgumentException($"slice {t}: need 0 <= r <= d (r = {relevant[t]}, d = {documents[t]})");
            }

            totalR += relevant[t];
            totalD += documents[t];
        }

        var p0 = totalD == 0 ? 0 : (double)totalR / totalD;
        var p1 = Math.Min(options.S * p0, RateCap);
        if (totalR == 0 || p1 <= p0)
        {
            return [];
        }

        // The binomial coefficient is the same in both states: only the difference of the rest matters.
        var saving = new double[n];
        for (var t = 0; t < n; t++)
        {
            saving[t] = (relevant[t] * Math.Log(p1 / p0)) + ((documents[t] - relevant[t]) * Math.Log((1 - p1) / (1 - p0)));
        }

        return Decode(saving, options.Gamma * Math.Log(n));
    }

    /// <summary>Viterbi over two states with σ(0) = 0 and σ(1) = −saving; ties go to the lower state.</summary>
    private static List<Burst> Decode(double[] saving, double enterCost)
    {
        var n = saving.Length;
        var previousOf0 = new bool[n];
        var previousOf1 = new bool[n];
        double cost0 = 0, cost1 = double.PositiveInfinity;
        for (var t = 0; t < n; t++)
        {
            // previousOfX[t] is true when the best path into state X at t came from state 1 at t − 1.
            previousOf0[t] = cost1 < cost0;
            var next0 = Math.Min(cost0, cost1);
            var enter = cost0 + enterCost;
            previousOf1[t] = cost1 < enter;
            var next1 = Math.Min(cost1, enter) - saving[t];
            (cost0, cost1) = (next0, next1);
        }

        var states = new bool[n];
        var state = cost1 < cost0;
        for (var t = n - 1; t >= 0; t--)
        {
            states[t] = state;
            state = state ? previousOf1[t] : previousOf0[t];
        }

        var bursts = new List<Burst>();
        for (var t = 0; t < n; t++)
        {
            if (!states[t])
            {
                continue;
            }

            var start = t;
            var weight = 0.0;
            for (; t < n && states[t]; t++)
            {
                weight += saving[t];
            }

            bursts.Add(new Burst(start, t - 1, weight));
        }

        return bursts;
    }
}
