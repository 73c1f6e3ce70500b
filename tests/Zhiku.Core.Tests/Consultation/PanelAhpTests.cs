using Zhiku.Consultation;
using Zhiku.Evaluation.Weights;
using Zhiku.Tests.Evaluation;

namespace Zhiku.Tests.Consultation;

/// <summary>Group AHP of a pairwise-comparison item: the geometric mean of the experts' judgements, each expert's CR.</summary>
public sealed class PanelAhpTests
{
    [Fact]
    public void Two_consistent_experts_combine_to_the_normalised_geometric_mean_of_their_weights()
    {
        // A consistent matrix a_ij = w_i / w_j; the element-wise geometric mean of two is consistent with √(w·v).
        double[] w = [0.5, 0.3, 0.2], v = [0.2, 0.2, 0.6];
        var expected = w.Zip(v, (a, b) => Math.Sqrt(a * b)).ToArray();
        var sum = expected.Sum();

        var panel = PanelAhp.Weigh(["A", "B", "C"], [("E1", Consistent(w)), ("E2", Consistent(v))]);

        McdaCase.Near([.. expected.Select(x => x / sum)], panel.Group.Weights, 1e-10);
        Assert.All(panel.Experts, e => Assert.Equal(0, e.Consistency.ConsistencyRatio, 10));
        Assert.Equal(0, panel.Group.ConsistencyRatio, 10);
    }

    [Fact]
    public void Each_experts_consistency_ratio_is_the_evaluation_engines_own()
    {
        // Saaty (2008) drinks matrix: CR 0.022 with Saaty's random index (the AHP oracle of the evaluation engine).
        var drinks = McdaCase.Load("ahp_saaty2008_drinks.json").GetProperty("input").GetProperty("matrix_row_major").Matrix();
        var options = Enumerable.Range(1, drinks.Length).Select(i => $"D{i}").ToList();

        var panel = PanelAhp.Weigh(options, [("E1", drinks), ("E2", Consistent([.. Enumerable.Repeat(1.0 / drinks.Length, drinks.Length)]))]);

        Assert.Equal(0.022, panel.Experts[0].Consistency.ConsistencyRatio, 0.0005);
        Assert.Equal(Ahp.Priorities(drinks).ConsistencyRatio, panel.Experts[0].Consistency.ConsistencyRatio, 12);
        Assert.False(panel.Experts[0].Consistency.Inconsistent);
    }

    [Fact]
    public void A_matrix_of_the_wrong_size_is_refused_naming_the_expert()
    {
        var e = Assert.Throws<ArgumentException>(() => PanelAhp.Weigh(["A", "B", "C"], [("E9", Consistent([0.5, 0.5]))]));

        Assert.Contains("E9", e.Message, StringComparison.Ordinal);
    }

    private static double[][] Consistent(double[] w) => [.. w.Select(a => w.Select(b => a / b).ToArray())];
}
