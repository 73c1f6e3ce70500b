namespace Zhiku.Cli.Tests.Analytics;

/// <summary><c>zhiku analyze conversion</c> on the hand-made outputs table (counts worked out in Core's ConversionMetricsTests).</summary>
public sealed class AnalyzeConversionCommandTests
{
    [Fact]
    public void Conversion_json_by_organisation_gives_the_stage_counts_and_rates_over_submitted_outputs()
    {
        using var cli = new CliRun();
        cli.Json("import", CliRun.Shared("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl"));
        cli.Json("import", OutputTables.Conversion);

        var json = cli.Json("analyze", "conversion", "--by", "organisation");

        Assert.Equal("over submitted outputs", json.GetProperty("rates").GetString());
        var first = json.GetProperty("rows")[0];
        // 中国科学院科技战略咨询研究院: 18 outputs, 15 submitted, 10 instructed, 8 adopted, 3 implemented.
        Assert.Equal("中国科学院科技战略咨询研究院", first.GetProperty("key").GetString());
        Assert.Equal((18, 15, 10, 8, 3), (first.GetProperty("outputs").GetInt32(), first.GetProperty("submitted").GetInt32(),
            first.GetProperty("instructed").GetInt32(), first.GetProperty("adopted").GetInt32(), first.GetProperty("implemented").GetInt32()));
        Assert.Equal((0.6667, 0.5333, 0.2), (first.GetProperty("instructionRate").GetDouble(), first.GetProperty("adoptionRate").GetDouble(),
            first.GetProperty("implementationRate").GetDouble()));
    }

    [Fact]
    public void Conversion_by_year_with_a_query_counts_only_the_outputs_it_finds()
    {
        using var cli = new CliRun();
        cli.Json("import", OutputTables.Conversion);

        var json = cli.Json("analyze", "conversion", "--by", "year", "--query", "人工智能");

        // 全球人工智能研发态势分析 (2018: submitted, instructed) and 新一代人工智能伦理治理研究 (2019: submitted).
        Assert.Equal(["2018", "2019"], json.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("key").GetString()));
        Assert.Equal(1, json.GetProperty("rows")[0].GetProperty("instructed").GetInt32());
        Assert.Equal(2, json.GetProperty("total").GetProperty("submitted").GetInt32());
    }

    [Fact]
    public void Conversion_names_the_groupings_it_allows()
    {
        using var cli = new CliRun();

        var (exit, _, error) = cli.Run("analyze", "conversion", "--by", "team");

        Assert.NotEqual(0, exit);
        Assert.Contains("organisation", error, StringComparison.Ordinal);
        Assert.Contains("team", error, StringComparison.Ordinal);
    }
}
