using System.Text.Json;
using Zhiku.Evaluation.Sensitivity;
using Zhiku.Evaluation.Uncertainty;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Evaluation;

public sealed class UncertaintyTests(AsemFixture asem) : IClassFixture<AsemFixture>
{
    private static readonly Dictionary<string, JsonElement> Vignette = McdaCase.Load("uncertainty_coinr_asem_vignette.json")
        .GetProperty("expected_output").GetProperty("RankStats").EnumerateArray()
        .ToDictionary(e => e.GetProperty("uCode").GetString()!, e => e);

    [Fact]
    public void Nominal_ranks_are_exactly_COINr_s()
    {
        var result = UncertaintyAnalysis.Run(asem.Loaded, 20, 1);

        foreach (var unit in result.Units)
        {
            Assert.Equal(Vignette[unit.UCode].GetProperty("Nominal").GetDouble(), unit.Nominal);
        }
    }

    [Fact]
    public void Rank_intervals_are_consistent_with_the_COINr_vignette()
    {
        var result = UncertaintyAnalysis.Run(asem.Loaded, 1000, 42);

        Assert.Equal(0, result.Failed);
        var medianDiffs = new List<double>();
        foreach (var unit in result.Units)
        {
            var v = Vignette[unit.UCode];
            medianDiffs.Add(Math.Abs(unit.Median - v.GetProperty("Median").GetDouble()));

            // COINr used N = 100: its percentiles carry Monte Carlo error of a few positions.
            Assert.True(Math.Abs(unit.Median - v.GetProperty("Median").GetDouble()) <= 2, $"{unit.UCode} median {unit.Median}");
            Assert.True(Math.Abs(unit.Q5 - v.GetProperty("Q5").GetDouble()) <= 4, $"{unit.UCode} Q5 {unit.Q5}");
            Assert.True(Math.Abs(unit.Q95 - v.GetProperty("Q95").GetDouble()) <= 4, $"{unit.UCode} Q95 {unit.Q95}");
        }

        Assert.True(medianDiffs.Average() < 0.75, $"mean |median difference| {medianDiffs.Average()}");
    }

    [Fact]
    public void The_same_seed_gives_the_same_ranks()
    {
        var a = UncertaintyAnalysis.Run(asem.Loaded, 50, 9);
        var b = UncertaintyAnalysis.Run(asem.Loaded, 50, 9);
        var c = UncertaintyAnalysis.Run(asem.Loaded, 50, 10);

        Assert.Equal(a.Units, b.Units);
        Assert.NotEqual(a.Units, c.Units);
    }

    [Fact]
    public void Sensitivity_ranks_aggregation_and_normalisation_above_winsorisation()
    {
        var result = SensitivityAnalysis.Run(asem.Loaded, 100, 5, bootstrap: 0);
        var st = result.Indices.ToDictionary(i => i.Input, i => i.STi);

        Assert.Equal(600, result.TotalRuns);
        Assert.True(st["Aggregation"] > st["Winmax"]);
        Assert.True(st["Normalisation"] > st["Winmax"]);
    }
}
