using Zhiku.Analytics;
using Zhiku.Analytics.Bursts;

namespace Zhiku.Tests.Analytics.Bursts;

public sealed class KleinbergBurstsTests
{
    // Hand computation for r = [1, 1, 5, 5, 1], d = 10 in every slice, s = 2, γ = 1:
    //   p0 = 13/50 = 0.26, p1 = 0.52, n = 5, cost of entering the burst state τ = γ·ln 5 = 1.6094.
    //   saving(t) = σ0 − σ1 = r·ln(p1/p0) + (d − r)·ln((1 − p1)/(1 − p0)) = r·ln 2 + (10 − r)·ln(0.48/0.74)
    //   r = 1: 0.6931 − 9 × 0.4329 = −3.2030 (state 1 costs more);  r = 5: 3.4657 − 2.1643 = +1.3014.
    //   Paths: all-0 costs 0 (relative); 0,0,1,1,0 costs τ − 2 × 1.3014 = −0.9934; 0,0,1,0,0 costs τ − 1.3014 = +0.31;
    //   staying in 1 over a r = 1 slice adds 3.2030 > τ, so no longer run helps. The minimum is 0,0,1,1,0:
    //   one burst over slices 3–4 (indices 2–3) with weight 2 × 1.3014 = 10·ln 2 + 10·ln(0.48/0.74) = 2.6028.
    private static readonly int[] R = [1, 1, 5, 5, 1];
    private static readonly int[] D = [10, 10, 10, 10, 10];

    [Fact]
    public void Finds_the_hand_computed_burst()
    {
        var bursts = KleinbergBursts.Detect(R, D, new BurstOptions());

        var burst = Assert.Single(bursts);
        Assert.Equal((2, 3), (burst.Start, burst.End));
        Assert.Equal((10 * Math.Log(2)) + (10 * Math.Log(0.48 / 0.74)), burst.Weight, 9);
    }

    [Fact]
    public void A_larger_gamma_makes_the_burst_too_expensive()
    {
        // γ = 2: τ = 2·ln 5 = 3.2189 exceeds the saving 2.6028 of the best run, so the all-0 path wins.
        Assert.Empty(KleinbergBursts.Detect(R, D, new BurstOptions { Gamma = 2 }));
    }

    [Fact]
    public void One_strong_slice_alone_does_not_pay_the_transition_cost()
    {
        // r = [1, 5, 1, 1, 1]: p0 = 9/50 = 0.18, p1 = 0.36; saving at r = 5 is 5·ln 2 + 5·ln(0.64/0.82) = 2.2269,
        // above τ = ln 5 = 1.6094, so it bursts; with γ = 1.5 (τ = 2.4142) it does not.
        int[] r = [1, 5, 1, 1, 1];
        var burst = Assert.Single(KleinbergBursts.Detect(r, D, new BurstOptions()));
        Assert.Equal((1, 1), (burst.Start, burst.End));
        Assert.Equal((5 * Math.Log(2)) + (5 * Math.Log(0.64 / 0.82)), burst.Weight, 9);
        Assert.Empty(KleinbergBursts.Detect(r, D, new BurstOptions { Gamma = 1.5 }));
    }

    [Fact]
    public void Viterbi_decoding_equals_the_exhaustive_minimum_cost_sequence()
    {
        var random = new SeededRandom(5);
        for (var trial = 0; trial < 200; trial++)
        {
            var n = 2 + random.Next(9);
            var d = Enumerable.Range(0, n).Select(_ => 5 + random.Next(30)).ToArray();
            var r = d.Select(x => random.Next(x + 1) / (1 + random.Next(3))).ToArray();
            var options = new BurstOptions { S = 1.5 + random.NextDouble(), Gamma = random.NextDouble() * 2 };

            var states = new bool[n];
            foreach (var b in KleinbergBursts.Detect(r, d, options))
            {
                for (var t = b.Start; t <= b.End; t++)
                {
                    states[t] = true;
                }
            }

            var best = Enumerable.Range(0, 1 << n).Min(mask => Cost(mask, r, d, options));
            var found = Cost(Enumerable.Range(0, n).Sum(t => states[t] ? 1 << t : 0), r, d, options);
            Assert.Equal(best, found, 9);
        }
    }

    [Theory]
    [InlineData(new[] { 0, 0, 0 }, new[] { 5, 5, 5 })]
    [InlineData(new[] { 5, 5, 5 }, new[] { 5, 5, 5 })]
    [InlineData(new[] { 0, 0, 0 }, new[] { 0, 0, 0 })]
    public void Absent_or_ubiquitous_terms_have_no_bursts(int[] r, int[] d) =>
        Assert.Empty(KleinbergBursts.Detect(r, d, new BurstOptions()));

    [Fact]
    public void Rejects_r_above_d() =>
        Assert.Throws<ArgumentException>(() => KleinbergBursts.Detect([3], [2], new BurstOptions()));

    /// <summary>The model's cost of a state sequence (bit t = state at slice t), written out from the paper's definition.</summary>
    private static double Cost(int mask, int[] r, int[] d, BurstOptions options)
    {
        var p0 = (double)r.Sum() / d.Sum();
        var p1 = Math.Min(options.S * p0, KleinbergBursts.RateCap);
        var cost = 0.0;
        var previous = 0;
        for (var t = 0; t < r.Length; t++)
        {
            var state = (mask >> t) & 1;
            var p = state == 1 ? p1 : p0;
            cost -= r[t] == 0 ? 0 : r[t] * Math.Log(p);
            cost -= d[t] - r[t] == 0 ? 0 : (d[t] - r[t]) * Math.Log(1 - p);
            cost += state > previous ? options.Gamma * Math.Log(r.Length) : 0;
            previous = state;
        }

        return cost;
    }
}
