using Zhiku.Evaluation.Aggregate;

namespace Zhiku.Tests.Evaluation;

public sealed class AggregationOracleTests
{
    [Fact]
    public void Weighted_means_equal_COINr()
    {
        var c = McdaCase.Load("aggregation_arith_geom_harm.json").GetProperty("cases")[0];
        var (x, w) = (c.GetProperty("x").Vector(), c.GetProperty("w").Vector());

        Assert.Equal(c.GetProperty("a_amean").GetDouble(), Means.Arithmetic(x, w), 1e-10);
        Assert.Equal(c.GetProperty("a_gmean").GetDouble(), Means.Geometric(x, w), 1e-10);
        Assert.Equal(c.GetProperty("a_hmean").GetDouble(), Means.Harmonic(x, w), 1e-10);
        Assert.Equal(c.GetProperty("a_genmean_p2").GetDouble(), Means.Generalised(x, w, 2), 1e-10);
        Assert.Equal(c.GetProperty("a_genmean_p-1").GetDouble(), Means.Generalised(x, w, -1), 1e-10);
    }

    [Theory]
    [InlineData("A")]
    [InlineData("B")]
    [InlineData("C")]
    public void Compensability_toy_case(string unit)
    {
        var c = McdaCase.Load("aggregation_arith_geom_harm.json").GetProperty("cases")[1];
        var x = c.GetProperty("toy_equal_weights").GetProperty(unit).Vector();
        var e = c.GetProperty("expected").GetProperty(unit);
        double[] w = [1, 1];

        Assert.Equal(e.GetProperty("amean").GetDouble(), Means.Arithmetic(x, w), 1e-10);
        Assert.Equal(e.GetProperty("gmean").GetDouble(), Means.Geometric(x, w), 1e-10);
        Assert.Equal(e.GetProperty("hmean").GetDouble(), Means.Harmonic(x, w), 1e-10);
    }

    [Fact]
    public void Missing_values_are_dropped_and_weights_rescaled()
    {
        Assert.Equal(30, Means.Arithmetic([10, double.NaN, 50], [1, 5, 1]), 1e-12);
    }

    [Fact]
    public void Geometric_mean_refuses_zero()
    {
        Assert.Throws<ArgumentException>(() => Means.Geometric([0, 1], [1, 1]));
    }

    [Fact]
    public void Outranking_matrix_and_Copeland_scores_equal_COINr()
    {
        var c = McdaCase.Load("outranking_copeland_coinr.json");
        var x = c.GetProperty("input").GetProperty("X");
        double[][] columns = [x.GetProperty("x1").Vector(), x.GetProperty("x2").Vector(), x.GetProperty("x3").Vector()];
        var generated = c.GetProperty("generated_here");

        var orm = Outranking.Matrix(columns, [1, 1, 1]);

        var flat = generated.GetProperty("orm_row_major").Vector();
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                Assert.Equal(flat[(i * 4) + j], orm[i, j], 1e-12);
            }
        }

        Assert.Equal(3, Outranking.DominantCount(orm));
        McdaCase.Near(generated.GetProperty("copeland_equal_w").Vector(), Outranking.Copeland(columns, [1, 1, 1]), 1e-12);
        McdaCase.Near(generated.GetProperty("copeland_w_1_2_1").Vector(), Outranking.Copeland(columns, [1, 2, 1]), 1e-12);
        McdaCase.Near([0, 0], Outranking.Copeland([[1, 2], [2, 1]], [1, 1]), 1e-12);
    }

    [Fact]
    public void Topsis_vector_normalisation_matches_Tzeng_Huang_2011()
    {
        var c = McdaCase.Load("topsis_tzeng_huang2011.json");
        var input = c.GetProperty("input");

        var closeness = Topsis.Closeness(input.GetProperty("matrix").Columns(), input.GetProperty("weights").Vector(), [1, 1, 1], TopsisNormalisation.Vector);

        McdaCase.Near(c.GetProperty("expected_output").GetProperty("closeness_4dp").Vector(), closeness, 1e-4);
    }

    [Fact]
    public void Topsis_min_max_matches_Opricovic_Tzeng_2004_and_vector_picks_another_winner()
    {
        var c = McdaCase.Load("topsis_opricovic_tzeng2004.json");
        var input = c.GetProperty("input");
        var columns = input.GetProperty("matrix").Columns();
        var weights = input.GetProperty("weights").Vector();
        int[] types = [.. input.GetProperty("types").EnumerateArray().Select(t => t.GetInt32())];

        var minmax = Topsis.Closeness(columns, weights, types, TopsisNormalisation.MinMax);
        var vector = Topsis.Closeness(columns, weights, types, TopsisNormalisation.Vector);

        McdaCase.Near(c.GetProperty("expected_output").GetProperty("closeness_3dp_minmax").Vector(), minmax, 0.0005);
        McdaCase.Near(c.GetProperty("computed_here_for_checking").GetProperty("vector_normalisation_for_contrast").GetProperty("C").Vector(), vector, 1e-5);
    }
}
