using Zhiku.Evaluation.Normalise;

namespace Zhiku.Tests.Evaluation;

public sealed class NormalisationOracleTests
{
    private static readonly System.Text.Json.JsonElement Generated = McdaCase.Load("normalisation_coinr_generated.json");

    private static double[] X => Generated.GetProperty("input").GetProperty("x").Vector();

    private static double[] Expected(string name) => Generated.GetProperty("expected_output").GetProperty(name).Vector();

    [Fact]
    public void COINr_n_functions_on_the_generated_vector()
    {
        var x = X;

        McdaCase.Near(Expected("n_minmax_0_100"), Normalisers.MinMax(x, 0, 100), 1e-12);
        McdaCase.Near(Expected("n_zscore_0_1"), Normalisers.ZScore(x, 0, 1), 1e-12);
        McdaCase.Near(Expected("n_zscore_10_2"), Normalisers.ZScore(x, 10, 2), 1e-12);
        McdaCase.Near(Expected("n_dist2max"), Normalisers.DistanceToMax(x), 1e-12);
        McdaCase.Near(Expected("n_dist2ref_iref2"), Normalisers.DistanceToReference(x, x[1], false), 1e-12);
        McdaCase.Near(Expected("n_dist2ref_iref2_cap"), Normalisers.DistanceToReference(x, x[1], true), 1e-12);
        McdaCase.Near(Expected("n_dist2targ_10"), Normalisers.DistanceToTarget(x, 10, 1, false), 1e-12);
        McdaCase.Near(Expected("n_dist2targ_10_cap"), Normalisers.DistanceToTarget(x, 10, 1, true), 1e-12);
        McdaCase.Near(Expected("n_fracmax"), Normalisers.FractionOfMax(x), 1e-12);
        McdaCase.Near(Expected("n_prank"), Normalisers.PercentileRank(x), 1e-12);
        McdaCase.Near(Expected("n_rank"), Normalisers.Rank(x), 1e-12);
        McdaCase.Near(Expected("n_borda"), Normalisers.Borda(x), 1e-12);
        McdaCase.Near(Expected("n_goalposts_0_10_100"), Normalisers.Goalposts(x, 0, 10, 100, 1), 1e-12);
        McdaCase.Near(Expected("n_scaled_0_20"), Normalisers.Scaled(x, 0, 20, 100), 1e-12);
    }

    [Fact]
    public void COINr_unit_test_expectations()
    {
        foreach (var c in McdaCase.Load("normalisation_coinr_tests.json").GetProperty("cases").EnumerateArray())
        {
            var f = c.GetProperty("f").GetString();
            if (f == "n_goalposts")
            {
                var g = c.GetProperty("gposts").Vector();
                var actual = Normalisers.Goalposts([c.GetProperty("x").GetDouble()], g[0], g[1], g[2], c.GetProperty("direction").GetInt32());
                Assert.Equal(c.GetProperty("expected").GetDouble(), actual[0], 1e-12);
            }
            else if (f == "n_dist2targ")
            {
                var actual = Normalisers.DistanceToTarget(c.GetProperty("x").Vector(), c.GetProperty("targ").GetDouble(), c.GetProperty("direction").GetInt32(), c.GetProperty("cap_max").GetBoolean());
                McdaCase.Near(c.GetProperty("expected").Vector(), actual, 1e-12);
            }
        }

        double[] oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        var minmax = Normalisers.MinMax(oneToTen, 2, 7);
        Assert.Equal(2, minmax.Min(), 1e-12);
        Assert.Equal(7, minmax.Max(), 1e-12);
        var z = Normalisers.ZScore(oneToTen, 5, 2);
        Assert.Equal(5, z.Average(), 1e-12);
        Assert.Equal(2, Zhiku.Evaluation.Numerics.Moments.StandardDeviation(z), 1e-12);
    }
}
