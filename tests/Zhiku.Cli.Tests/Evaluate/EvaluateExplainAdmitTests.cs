namespace Zhiku.Cli.Tests.Evaluate;

public sealed class EvaluateExplainAdmitTests : IDisposable
{
    private readonly CliRun _cli = new();
    private readonly AsemSpecFolder _asem = new("""
        admission:
          - {name: Large population, indicator: Population, min: 20000}
          - {indicator: GDP, min: 100}
        """);

    private string Folder => _asem.Folder;

    private string Spec => _asem.Spec;

    public void Dispose()
    {
        _cli.Dispose();
        _asem.Dispose();
    }

    [Fact]
    public void Explain_a_unit_gives_contributions_strengths_removal_and_flags()
    {
        var json = _cli.Json("evaluate", "explain", Spec, "--unit", "CHE", "--top", "3");

        Assert.Equal("Index", json.GetProperty("target").GetString());
        var index = json.GetProperty("contributions").EnumerateArray().Where(c => c.GetProperty("aggregate").GetString() == "Index").ToList();
        Assert.Equal(2, index.Count);
        Assert.True(index.Sum(c => c.GetProperty("effect").GetDouble()) > 0);
        Assert.Equal(3, json.GetProperty("strengths").GetArrayLength());
        Assert.Equal(3, json.GetProperty("weaknesses").GetArrayLength());
        Assert.Equal(49, json.GetProperty("removal").GetArrayLength());
        Assert.True(json.GetProperty("removal")[0].TryGetProperty("rankChange", out _));
        Assert.Contains(json.GetProperty("correlations").EnumerateArray(), c => c.GetProperty("relation").GetString() == "sibling");
    }

    [Fact]
    public void Explain_without_a_unit_lists_removal_effects_over_all_units()
    {
        var (exit, output, error) = _cli.Run("evaluate", "explain", Spec);

        Assert.True(exit == 0, error);
        Assert.StartsWith("indicator\tmean |Δrank|", output, StringComparison.Ordinal);
        Assert.Contains("correlation flags:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_an_unknown_unit_is_a_one_line_error()
    {
        var (exit, _, error) = _cli.Run("evaluate", "explain", Spec, "--unit", "XXX");

        Assert.Equal(1, exit);
        Assert.Contains("unknown unit 'XXX'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Admit_gives_each_unit_pass_or_fail_per_rule_with_evidence()
    {
        var json = _cli.Json("evaluate", "admit", Spec);

        var units = json.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(51, units.Count);
        var chn = units.First(u => u.GetProperty("uCode").GetString() == "CHN");
        Assert.True(chn.GetProperty("admitted").GetBoolean());
        Assert.StartsWith("Population = ", chn.GetProperty("checks")[0].GetProperty("evidence").GetString(), StringComparison.Ordinal);
        var lux = units.First(u => u.GetProperty("uCode").GetString() == "LUX");
        Assert.False(lux.GetProperty("admitted").GetBoolean());
        Assert.False(lux.GetProperty("checks")[0].GetProperty("passed").GetBoolean());
        Assert.Equal(units.Count(u => u.GetProperty("admitted").GetBoolean()), json.GetProperty("admitted").GetInt32());
    }

    [Fact]
    public void Admit_without_rules_says_so()
    {
        File.WriteAllText(Spec, "data: ASEM_iData.csv\nmeta: ASEM_iMeta.csv\nsteps: []\n");

        var (exit, _, error) = _cli.Run("evaluate", "admit", Spec);

        Assert.Equal(1, exit);
        Assert.Contains("no 'admission' rules", error, StringComparison.Ordinal);
    }
}
