using Zhiku.Consultation;

namespace Zhiku.Tests.Consultation;

/// <summary>
/// The Delphi statistics agree with R 4.2.2 on a tie-heavy panel (7 experts, 5-point items, two rounds, one item
/// answered by only five experts): Data/tie-heavy.R printed Data/tie-heavy.expected.csv from Data/tie-heavy.csv with
/// R's <c>quantile(type = 7)</c>, <c>sd</c>, <c>rank</c> and <c>pchisq</c> and Kendall's W with ties by its formula.
/// </summary>
public sealed class RDelphiOracleTests
{
    private static readonly DelphiResult Result = DelphiStatistics.Compute(AnswerFileReader.Read(DelphiData.Path("tie-heavy.csv")).Answers);

    private static readonly List<Dictionary<string, string>> Expected = DelphiData.Expected("tie-heavy.expected.csv");

    [Fact]
    public void Every_item_and_round_has_the_quartiles_mean_and_sd_R_prints()
    {
        var rows = Expected.Where(r => r["kind"] == "item").ToList();

        Assert.Equal(rows.Count, Result.Items.Count);
        foreach (var row in rows)
        {
            var s = Result.Items.Single(i => i.Item == row["item"] && i.Round == int.Parse(row["round"], System.Globalization.CultureInfo.InvariantCulture));
            var at = $"{s.Item} round {s.Round}";
            Assert.True(DelphiData.Number(row["n"]) == s.N, at + " n");
            Near(row["median"], s.Median, at + " median");
            Near(row["q1"], s.Q1, at + " q1");
            Near(row["q3"], s.Q3, at + " q3");
            Near(row["iqr"], s.Iqr, at + " iqr");
            Near(row["mean"], s.Mean, at + " mean");
            Near(row["sd"], s.Sd!.Value, at + " sd");
            Near(row["cv"], s.Cv!.Value, at + " cv");
        }
    }

    [Fact]
    public void Kendalls_W_with_ties_its_chi_square_and_p_are_Rs_in_every_round()
    {
        foreach (var row in Expected.Where(r => r["kind"] == "round"))
        {
            var round = Result.Rounds.Single(r => r.Round == int.Parse(row["round"], System.Globalization.CultureInfo.InvariantCulture));
            var at = $"round {round.Round}";
            Assert.Equal(DelphiData.Number(row["experts"]), round.Experts);
            Assert.Equal(DelphiData.Number(row["items"]), round.Items.Count);
            Near(row["w"], round.KendallW!.Value, at + " W");
            Near(row["chisq"], round.ChiSquare!.Value, at + " chi-square");
            Assert.Equal(int.Parse(row["df"], System.Globalization.CultureInfo.InvariantCulture), round.Df!.Value);
            Assert.True(Math.Abs(DelphiData.Number(row["p"]) - round.P!.Value) <= 1e-12 + 1e-9 * round.P.Value, $"{at} p {round.P} vs {row["p"]}");
        }
    }

    [Fact]
    public void An_item_not_rated_by_every_expert_of_a_round_is_left_out_of_Kendalls_W()
    {
        var first = Result.Rounds.Single(r => r.Round == 1);

        Assert.DoesNotContain("S7", first.Items);
        Assert.Contains(Result.Items, i => i.Item == "S7" && i.Round == 1 && i.N == 5);
    }

    private static void Near(string expected, double actual, string what)
    {
        var e = DelphiData.Number(expected);
        Assert.True(Math.Abs(e - actual) <= 1e-12 * Math.Max(1, Math.Abs(e)), $"{what}: {actual} vs R's {e}");
    }
}
