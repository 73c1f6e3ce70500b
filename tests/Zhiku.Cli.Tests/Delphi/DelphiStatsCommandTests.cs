using System.Text.Json;

namespace Zhiku.Cli.Tests.Delphi;

/// <summary>
/// <c>zhiku delphi stats</c> through the real CLI entry, on the committed tie-heavy panel whose statistics R printed
/// (tests/Zhiku.Core.Tests/Consultation/Data/).
/// </summary>
public sealed class DelphiStatsCommandTests : IDisposable
{
    private readonly CliRun _cli = new(bound: false);

    [Fact]
    public void The_json_has_the_items_and_rounds_of_the_contract_with_Rs_values()
    {
        var json = _cli.Json("delphi", "stats", "--answers", Oracle("tie-heavy.csv"));

        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(13, items.Count);
        foreach (var key in new[] { "item", "round", "n", "median", "q1", "q3", "iqr", "mean", "sd", "cv", "consensus" })
        {
            Assert.All(items, i => Assert.True(i.TryGetProperty(key, out _), $"items[] has no '{key}'"));
        }

        var s2 = items.Single(i => i.GetProperty("item").GetString() == "S2" && i.GetProperty("round").GetInt32() == 1);
        Assert.Equal((1.5, 2.0, 3.0, 1.5), (s2.GetProperty("q1").GetDouble(), s2.GetProperty("median").GetDouble(), s2.GetProperty("q3").GetDouble(), s2.GetProperty("iqr").GetDouble()));
        Assert.False(s2.GetProperty("consensus").GetBoolean());
        var round = json.GetProperty("rounds").EnumerateArray().Single(r => r.GetProperty("round").GetInt32() == 1);
        Assert.Equal(0.805764411027569, round.GetProperty("kendallW").GetDouble(), 12);
        Assert.Equal(28.2017543859649, round.GetProperty("chiSquare").GetDouble(), 10);
        Assert.Equal(5, round.GetProperty("df").GetInt32());
        Assert.Equal(3.32378784060846e-05, round.GetProperty("p").GetDouble(), 15);
        Assert.Equal("iqr<=1", json.GetProperty("rule").GetString());
    }

    [Fact]
    public void The_consensus_option_changes_the_rule_every_item_is_judged_by()
    {
        var json = _cli.Json("delphi", "stats", "--answers", Oracle("tie-heavy.csv"), "--consensus", "iqr<=1.5");

        var s2 = json.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("item").GetString() == "S2" && i.GetProperty("round").GetInt32() == 1);
        Assert.True(s2.GetProperty("consensus").GetBoolean());
        Assert.Equal("iqr<=1.5", s2.GetProperty("rule").GetString());
    }

    [Fact]
    public void Without_json_the_table_is_in_Chinese_by_default_and_in_English_on_request()
    {
        var (exit, zh, _) = _cli.Run("delphi", "stats", "--answers", Oracle("tie-heavy.csv"));
        var (_, en, _) = _cli.Run("delphi", "stats", "--answers", Oracle("tie-heavy.csv"), "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Contains("条目\t轮次\t人数\t中位数", zh, StringComparison.Ordinal);
        Assert.Contains("肯德尔 W = 0.806", zh, StringComparison.Ordinal);
        Assert.Contains("Kendall's W = 0.806", en, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_rows_are_named_on_stderr_and_the_good_rows_still_count()
    {
        var path = Temp("轮次,专家,条目,数值\n1,E1,S1,4\n1,E2,S1,五\n1,E3,S1,5\n1,E1,S1,3\n");

        var (exit, output, error) = _cli.Run("delphi", "stats", "--answers", path, "--json");

        Assert.Equal(0, exit);
        Assert.Contains($"{path} 第 3 行“数值”列：“五”不是数字", error, StringComparison.Ordinal);
        Assert.Contains($"{path} 第 5 行", error, StringComparison.Ordinal);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(2, json.GetProperty("items")[0].GetProperty("n").GetInt32());
        Assert.Equal(2, json.GetProperty("problems").GetArrayLength());
    }

    [Fact]
    public void A_file_without_a_needed_column_exits_2_naming_the_column()
    {
        var path = Temp("round,expert,score\n1,E1,4\n");

        var (exit, output, error) = _cli.Run("delphi", "stats", "--answers", path, "--lang", "en");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains($"{path} line 1: the column 'item' is missing", error, StringComparison.Ordinal);
        Assert.Contains($"{path} line 1: the column 'value' is missing", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_consensus_rule_is_refused_on_stderr()
    {
        var (exit, _, error) = _cli.Run("delphi", "stats", "--answers", Oracle("tie-heavy.csv"), "--consensus", "median>=4");

        Assert.Equal(1, exit);
        Assert.Contains("consensus rule 'median>=4'", error, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();

    private static string Oracle(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Zhiku.slnx")))
            {
                return Path.Combine(dir.FullName, "tests", "Zhiku.Core.Tests", "Consultation", "Data", file);
            }
        }

        throw new InvalidOperationException($"Zhiku.slnx not found above {AppContext.BaseDirectory}");
    }

    private string Temp(string text)
    {
        var path = Path.Combine(_cli.DataDirectory, "answers.csv");
        File.WriteAllText(path, text);
        return path;
    }
}
