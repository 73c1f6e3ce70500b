using Zhiku.Evaluation.Numerics;
using Zhiku.Evaluation.Treat;

namespace Zhiku.Tests.Evaluation;

public sealed class TreatmentOracleTests
{
    private static readonly System.Text.Json.JsonElement Cases = McdaCase.Load("treatment_coinr.json").GetProperty("cases");

    [Fact]
    public void Skewness_and_kurtosis_are_e1071_type_2()
    {
        var c = Cases[0];
        var x = c.GetProperty("x").Vector();

        Assert.Equal(c.GetProperty("skew").GetDouble(), Moments.Skewness(x), 1e-12);
        Assert.Equal(c.GetProperty("kurt").GetDouble(), Moments.Kurtosis(x), 1e-12);
    }

    [Fact]
    public void Winsorising_replaces_the_outlier_by_the_next_value()
    {
        var c = Cases[0];

        var (column, _) = TreatStep.TreatColumn("x", c.GetProperty("x").Vector(), 5, 2, 3.5, "log", false);

        McdaCase.Near(c.GetProperty("Treat_winsorise_winmax5").Vector(), column!, 1e-12);
    }

    [Fact]
    public void Winsorising_stops_as_soon_as_the_column_passes()
    {
        var c = Cases[1];

        var (x, marks, count) = Winsoriser.Apply(c.GetProperty("x").Vector(), 5, 2, 3.5);

        McdaCase.Near(c.GetProperty("winsorise_skew2_kurt3.5").Vector(), x, 1e-12);
        Assert.Equal(c.GetProperty("nwin").GetDouble(), count);
        Assert.Equal("winhi", marks[^1]);
    }

    [Fact]
    public void Log_fallback_applies_to_the_original_column()
    {
        var c = Cases[2];
        var x = c.GetProperty("x").Vector();

        var (oneWin, record) = TreatStep.TreatColumn("x", x, 1, 2, 3.5, "log", false);
        var (fiveWin, _) = TreatStep.TreatColumn("x", x, 5, 2, 3.5, "log", false);

        McdaCase.Near(c.GetProperty("Treat_winmax1_then_log_CT").Vector(), oneWin!, 1e-12);
        Assert.Equal("log", record.Fallback);
        McdaCase.Near(c.GetProperty("Treat_winmax5").Vector(), fiveWin!, 1e-12);
        McdaCase.Near(c.GetProperty("log_CT").Vector(), LogTransforms.LogCT(x), 1e-12);
    }
}
