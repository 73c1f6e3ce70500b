using Zhiku.Consultation;

namespace Zhiku.Tests.Consultation;

/// <summary>
/// The published example of Kendall's W with ties (Siegel's three sets of ranks of ten objects, printed with its
/// result in NAG's g08daf example program, see Data/README.md): W = 0.828, significance 0.008. The file uses the
/// Chinese headers 轮次, 专家, 条目, 数值.
/// </summary>
public sealed class PublishedConcordanceTests
{
    private static readonly AnswerFile File = AnswerFileReader.Read(DelphiData.Path("siegel-concordance.csv"));

    [Fact]
    public void The_published_W_and_its_significance_come_out_to_three_places()
    {
        var round = DelphiStatistics.Compute(File.Answers).Rounds.Single();

        Assert.Empty(File.Problems);
        Assert.Equal(3, round.Experts);
        Assert.Equal(10, round.Items.Count);
        Assert.Equal(0.828, Math.Round(round.KendallW!.Value, 3));
        Assert.Equal(0.008, Math.Round(round.P!.Value, 3));
        Assert.Equal(9, round.Df);
    }

    [Fact]
    public void The_tie_term_counts_each_experts_tie_groups()
    {
        // Expert 1 ties two pairs (4.5, 7.5): 2 × (8 − 2) = 12; expert 2 three pairs (2.5, 4.5, 6.5): 18; expert 3 a
        // four (4.5) and a three (8): (64 − 4) + (27 − 3) = 84. ΣT = 114.
        var round = DelphiStatistics.Compute(File.Answers).Rounds.Single();

        Assert.Equal(114, round.TieTerm);
    }

    [Fact]
    public void One_items_quartiles_agree_with_the_hand_computation()
    {
        // O05 has the ranks 3.0, 4.5, 4.5 (sorted). Type 7: h = (n − 1)p = 2p, so
        //   Q1: h = 0.5 → 3 + 0.5 × (4.5 − 3) = 3.75;  median: h = 1 → 4.5;  Q3: h = 1.5 → 4.5 + 0.5 × 0 = 4.5;
        //   IQR = 0.75; mean = 12 / 3 = 4; sd = √(((−1)² + 0.5² + 0.5²) / 2) = √0.75; CV = √0.75 / 4.
        var s = DelphiStatistics.Compute(File.Answers).Items.Single(i => i.Item == "O05");

        Assert.Equal(3, s.N);
        Assert.Equal(3.75, s.Q1, 12);
        Assert.Equal(4.5, s.Median, 12);
        Assert.Equal(4.5, s.Q3, 12);
        Assert.Equal(0.75, s.Iqr, 12);
        Assert.Equal(4, s.Mean, 12);
        Assert.Equal(Math.Sqrt(0.75), s.Sd!.Value, 12);
        Assert.Equal(Math.Sqrt(0.75) / 4, s.Cv!.Value, 12);
        Assert.True(s.Consensus, "IQR 0.75 ≤ 1 meets the default rule");
    }

    [Fact]
    public void The_aggregated_ranking_orders_by_mean_rank_with_Borda_points()
    {
        // Rank sums: O01 = 1 + 2.5 + 2 = 5.5 (mean 1.833) is first, O02 = 4.5 + 1 + 1 = 6.5 second; O10 = 26.5 last.
        var ranking = DelphiStatistics.Compute(File.Answers).Rounds.Single().Ranking;

        Assert.Equal(["O01", "O02"], ranking.Take(2).Select(r => r.Item));
        Assert.Equal("O10", ranking[^1].Item);
        Assert.Equal(5.5 / 3, ranking[0].MeanRank, 12);
        Assert.Equal(30 - 5.5, ranking[0].Borda, 12);
    }
}
