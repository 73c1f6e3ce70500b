using Zhiku.Consultation;

namespace Zhiku.Tests.Consultation;

/// <summary>The owner's consensus rules, the modal and within-two shares, and stability between rounds.</summary>
public sealed class ConsensusAndStabilityTests
{
    private static readonly double[] Likert = [1, 4, 4, 5, 5, 5, 3, 4, 5, 2];

    [Theory]
    [InlineData("iqr<=1", ConsensusMeasure.Iqr, 1)]
    [InlineData("IQR <= 1.5", ConsensusMeasure.Iqr, 1.5)]
    [InlineData("within2>=0.7", ConsensusMeasure.WithinTwo, 0.7)]
    [InlineData("within2>=70%", ConsensusMeasure.WithinTwo, 0.7)]
    [InlineData("cv<=0.25", ConsensusMeasure.Cv, 0.25)]
    public void A_rule_is_read_as_the_owner_writes_it(string text, ConsensusMeasure measure, double bound)
    {
        var rule = ConsensusRule.Parse(text);

        Assert.Equal(measure, rule.Measure);
        Assert.Equal(bound, rule.Bound, 12);
    }

    [Theory]
    [InlineData("iqr<1")]
    [InlineData("median>=4")]
    [InlineData("cv<=x")]
    public void A_rule_that_is_not_one_of_the_three_is_refused_with_the_forms_named(string text)
    {
        var e = Assert.Throws<ArgumentException>(() => ConsensusRule.Parse(text));

        Assert.Contains(text, e.Message, StringComparison.Ordinal);
        Assert.Contains("within2>=P", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Modal_share_and_within_two_adjacent_points_are_counted_on_a_Likert_item()
    {
        // Values 1 2 3 4 4 4 5 5 5 5 (sorted): the mode 5 has 4 of 10; the best adjacent pair 4–5 holds 7 of 10.
        var s = DelphiStatistics.Describe("A", 1, Likert, ConsensusRule.Parse("within2>=0.7"));

        Assert.Equal(0.4, s.ModalShare!.Value, 12);
        Assert.Equal(0.7, s.WithinTwoShare!.Value, 12);
        Assert.True(s.Consensus);
        Assert.Equal("within2>=0.7", s.Rule);
        Assert.False(DelphiStatistics.Describe("A", 1, Likert, ConsensusRule.Parse("within2>=0.75")).Consensus);
    }

    [Fact]
    public void The_same_answers_meet_one_rule_and_miss_another()
    {
        // Sorted 1 2 3 4 4 4 5 5 5 5: type 7 gives Q1 = 3.25 (h = 2.25), Q3 = 5 (h = 6.75), IQR = 1.75.
        var iqr = DelphiStatistics.Describe("A", 1, Likert, ConsensusRule.Parse("iqr<=1"));

        Assert.Equal(1.75, iqr.Iqr, 12);
        Assert.False(iqr.Consensus);
        Assert.True(DelphiStatistics.Describe("A", 1, Likert, ConsensusRule.Parse("iqr<=2")).Consensus);
    }

    [Fact]
    public void A_numeric_estimate_has_no_modal_share_and_never_meets_a_within_two_rule()
    {
        var s = DelphiStatistics.Describe("year", 1, [2030.5, 2031, 2035], ConsensusRule.Parse("within2>=0.5"));

        Assert.Null(s.ModalShare);
        Assert.Null(s.WithinTwoShare);
        Assert.False(s.Consensus);
    }

    [Fact]
    public void Stability_reports_the_median_and_IQR_change_and_the_share_of_experts_who_changed()
    {
        // Round 1: A 2, B 3, C 4, D 5; round 2: A 3, B 3, C 4, D 4 and a newcomer E 4. A and D changed: 2 of the 4
        // experts who answered both rounds. Type 7 on 2 3 4 5: median 3.5, Q1 2.75, Q3 4.25, IQR 1.5; on 3 3 4 4 4:
        // median 4, Q1 3, Q3 4, IQR 1. So the median moved +0.5 and the IQR −0.5.
        DelphiAnswer[] answers =
        [
            new(1, "A", "X", 2), new(1, "B", "X", 3), new(1, "C", "X", 4), new(1, "D", "X", 5),
            new(2, "A", "X", 3), new(2, "B", "X", 3), new(2, "C", "X", 4), new(2, "D", "X", 4), new(2, "E", "X", 4),
        ];

        var second = DelphiStatistics.Compute(answers).Items.Single(i => i.Round == 2);

        Assert.Null(DelphiStatistics.Compute(answers).Items.Single(i => i.Round == 1).Stability);
        var st = second.Stability!;
        Assert.Equal(1, st.PreviousRound);
        Assert.Equal(4, st.Compared);
        Assert.Equal(0.5, st.ChangedShare!.Value, 12);
        Assert.Equal(0.5, st.MedianChange, 12);
        Assert.Equal(1 - 1.5, st.IqrChange, 12);
        Assert.False(st.Stable);
        Assert.True(DelphiStatistics.Compute(answers, stability: 0.5).Items.Single(i => i.Round == 2).Stability!.Stable);
    }

    [Fact]
    public void A_round_where_fewer_than_two_items_were_rated_by_all_has_no_W()
    {
        DelphiAnswer[] answers = [new(1, "A", "X", 2), new(1, "B", "X", 3), new(1, "A", "Y", 4)];

        var round = DelphiStatistics.Compute(answers).Rounds.Single();

        Assert.Null(round.KendallW);
        Assert.Equal(["X"], round.Items);
        Assert.Empty(round.Ranking);
    }
}
