using Zhiku.Evaluation.Explain;

namespace Zhiku.Tests.Evaluation;

public sealed class ExplainTests(AsemFixture asem) : IClassFixture<AsemFixture>
{
    [Fact]
    public void Contributions_of_an_aggregate_sum_to_its_distance_from_the_mean()
    {
        var contributions = Explainer.Contributions(asem.Result, "CHE").Where(c => c.Aggregate == "Index").ToList();
        var index = asem.Result.Final.Column("Index").ToArray();
        var che = asem.Result.Final.Units.ToList().IndexOf("CHE");

        Assert.Equal(2, contributions.Count);
        Assert.Equal(index[che] - index.Average(), contributions.Sum(c => c.Effect), 1e-9);
    }

    [Fact]
    public void Strengths_rank_above_weaknesses()
    {
        var list = Explainer.StrengthsAndWeaknesses(asem.Result, "CHE", 3);

        Assert.Equal(6, list.Count);
        Assert.True(list.Where(s => s.Strength).Max(s => s.Rank) <= list.Where(s => !s.Strength).Min(s => s.Rank));
    }

    [Fact]
    public void Removing_an_indicator_moves_some_ranks()
    {
        var effects = Explainer.RemovalEffects(asem.Loaded.Pipeline(cacheable: true), asem.Loaded.Spec.Steps, "Index");

        Assert.Equal(49, effects.Count);
        Assert.True(effects[0].MeanAbsoluteRankChange > 0);
        Assert.True(effects[0].MaxAbsoluteRankChange >= effects[^1].MaxAbsoluteRankChange);
    }

    [Fact]
    public void Correlations_flag_components_against_their_aggregate()
    {
        var flags = Explainer.Correlations(asem.Result);

        Assert.Contains(flags, f => f.A == "Conn" && f.B == "Index" && f.Flag is null);
        Assert.All(flags.Where(f => f.Flag == "negative"), f => Assert.True(f.Correlation < 0));
        Assert.All(flags.Where(f => f.Flag == "collinear"), f => Assert.True(f.Correlation > 0.9));
    }

    [Fact]
    public void Removing_an_indicator_for_one_unit_reports_its_own_score_and_rank_change()
    {
        var pipeline = asem.Loaded.Pipeline(cacheable: true);
        var effects = Explainer.RemovalEffects(pipeline, asem.Loaded.Spec.Steps, "Index", "CHE");
        var first = effects[0];
        var without = pipeline.Run(asem.Loaded.Spec.Steps, new Dictionary<string, double> { [first.Indicator] = 0 }).Final;
        var che = without.Units.ToList().IndexOf("CHE");

        Assert.Equal(49, effects.Count);
        Assert.Equal(without.Column("Index")[che], first.Score, 1e-12);
        Assert.Equal(first.Score - asem.Result.Final.Column("Index")[che], first.ScoreChange, 1e-12);
        Assert.Equal(first.Rank - 1, first.RankChange);
        Assert.Contains(effects, e => e.ScoreChange != 0);
    }
}
