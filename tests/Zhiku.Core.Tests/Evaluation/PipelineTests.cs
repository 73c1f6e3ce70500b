using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Spec;
using Zhiku.Evaluation.Weights;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Evaluation;

public sealed class PipelineTests(AsemFixture asem) : IClassFixture<AsemFixture>
{
    private EvaluationResult Run(string steps) =>
        asem.Loaded.Pipeline().Run(SpecLoader.Parse("data: x\nmeta: y\nsteps:\n  - impute: {method: mean}\n" + steps, SharedData.Path("evaluation/asem")).Steps);

    [Fact]
    public void Topsis_refuses_missing_values()
    {
        Assert.Throws<ArgumentException>(() => Zhiku.Evaluation.Aggregate.Topsis.Closeness([[1, double.NaN, 3]], [1], [1], Zhiku.Evaluation.Aggregate.TopsisNormalisation.Vector));
    }

    [Fact]
    public void Geometric_aggregation_of_min_max_0_100_data_fails_as_in_COINr()
    {
        Assert.Throws<ArgumentException>(() => Run("  - normalise: {method: minmax, range: [0, 100]}\n  - aggregate: {method: geometric}\n"));
    }

    [Fact]
    public void Ahp_weights_are_applied_and_inconsistency_is_recorded()
    {
        var result = Run("""
              - normalise: {method: minmax, range: [1, 100]}
              - weight: {method: ahp, level: 3, random_index: saaty-2005, matrices: {Index: [[1, 3], [1/3, 1]]}}
              - aggregate: {method: arithmetic}
            """);

        Assert.Equal(0.75, result.Framework["Conn"].Weight, 1e-9);
        var details = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object>>(result.Steps.Single(s => s.Kind == "weight").Details);
        Assert.False(((AhpResult)details["Index"]).Inconsistent);
    }

    [Theory]
    [InlineData("entropy")]
    [InlineData("critic")]
    [InlineData("pca")]
    [InlineData("equal")]
    public void Data_driven_weights_sum_to_one_per_pillar_or_are_equal(string method)
    {
        var result = Run($"  - normalise: {{method: minmax, range: [1, 100]}}\n  - weight: {{method: {method}}}\n  - aggregate: {{method: arithmetic}}\n");

        var physical = result.Framework.Children("Physical").Select(c => c.Weight).ToList();
        Assert.True(method == "equal" ? physical.All(w => w == 1) : Math.Abs(physical.Sum() - 1) < 1e-9 || method == "pca");
        Assert.True(result.Final.Has("Index"));
    }

    [Theory]
    [InlineData("{method: copeland}")]
    [InlineData("{method: topsis, normalisation: minmax}")]
    [InlineData("{method: generalised, p: 2}")]
    [InlineData("{method: harmonic}")]
    public void Every_aggregation_method_produces_an_index(string aggregate)
    {
        var result = Run($"  - normalise: {{method: minmax, range: [1, 100]}}\n  - aggregate: {aggregate}\n");

        Assert.All(result.Final.Column("Index").ToArray(), v => Assert.False(double.IsNaN(v)));
    }

    [Fact]
    public void The_same_spec_gives_identical_results_and_an_identical_log()
    {
        var again = asem.Loaded.Pipeline().Run(asem.Loaded.Spec.Steps);

        Assert.Equal(asem.Result.Final.Column("Index").ToArray(), again.Final.Column("Index").ToArray());
        Assert.Equal(RunLog.Write(asem.Loaded, asem.Result), RunLog.Write(asem.Loaded, again));
        Assert.Contains(asem.Loaded.DataSha256, RunLog.Write(asem.Loaded, again), StringComparison.Ordinal);
    }
}
