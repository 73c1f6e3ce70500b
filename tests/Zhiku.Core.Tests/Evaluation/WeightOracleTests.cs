using Zhiku.Evaluation.Weights;

namespace Zhiku.Tests.Evaluation;

public sealed class WeightOracleTests
{
    [Fact]
    public void Entropy_weights_match_Elsayed_2017()
    {
        var c = McdaCase.Load("entropy_elsayed2017.json");

        var w = EntropyWeights.Compute(c.GetProperty("input").GetProperty("matrix").Columns());

        McdaCase.Near(c.GetProperty("expected_output").GetProperty("weights_6dp").Vector(), w, 5e-7);
    }

    [Fact]
    public void Entropy_weights_match_scikit_criteria_2x2()
    {
        var c = McdaCase.Load("entropy_skcriteria_2x2.json");

        var w = EntropyWeights.Compute(c.GetProperty("input").GetProperty("matrix").Columns());

        McdaCase.Near(c.GetProperty("expected_output").GetProperty("weights").Vector(), w, 1e-5);
    }

    [Fact]
    public void Entropy_zero_convention_is_a_choice()
    {
        double[][] columns = [[0, 1, 2], [1, 2, 3]];

        var zeroLog = EntropyWeights.Compute(columns);
        var pymcdm = EntropyWeights.Compute(columns, zeroColumnsAsNoInformation: true);

        Assert.NotEqual(zeroLog[0], pymcdm[0], 1e-6);
    }

    [Fact]
    public void Critic_weights_match_Diakoulaki_1995()
    {
        var c = McdaCase.Load("critic_diakoulaki1995.json");

        var w = CriticWeights.Compute(c.GetProperty("input").GetProperty("matrix").Columns());

        McdaCase.Near(c.GetProperty("expected_output").GetProperty("weights").Vector(), w, 1e-6);
    }

    [Fact]
    public void Critic_weights_match_Tus_Adali_2019_only_with_all_benefit_criteria()
    {
        var c = McdaCase.Load("critic_tus_adali2019.json");
        var columns = c.GetProperty("input").GetProperty("matrix").Columns();
        var check = c.GetProperty("computed_here_for_checking");

        McdaCase.Near(c.GetProperty("expected_output").GetProperty("weights_3dp").Vector(), CriticWeights.Compute(columns), 0.0005);
        McdaCase.Near(check.GetProperty("if_criterion1_is_cost").Vector(), CriticWeights.Compute(columns, [-1, 1, 1, 1, 1, 1]), 1e-5);
    }

    [Fact]
    public void Pca_weights_are_the_first_component_loadings()
    {
        // Two perfectly correlated columns and one independent: the first component loads equally on the pair.
        double[][] columns = [[1, 2, 3, 4, 5], [2, 4, 6, 8, 10], [1, -2, 0, 2, -1]];

        var (w, explained) = PcaWeights.Compute(columns);

        Assert.Equal(Math.Sqrt(0.5), w[0], 1e-9);
        Assert.Equal(Math.Sqrt(0.5), w[1], 1e-9);
        Assert.Equal(0, w[2], 1e-9);
        Assert.Equal(2.0 / 3, explained, 1e-9);
    }
}
