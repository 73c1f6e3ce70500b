using Zhiku.Analytics.Trends;

namespace Zhiku.Tests.Analytics.Trends;

public sealed class TrendAnalysisTests
{
    [Fact]
    public void Smoothing_runs_the_level_recursion()
    {
        Assert.Equal((125.0, 17.5), ExponentialSmoothing.Run([10, 20, 20], 0.5));
    }

    [Fact]
    public void Smoothing_of_a_constant_series_forecasts_the_constant_with_no_spread()
    {
        var fit = ExponentialSmoothing.Fit([5, 5, 5, 5], 2020, 3, 0.95);

        Assert.Equal([2021, 2022, 2023], fit.Forecast.Select(f => f.Year));
        Assert.All(fit.Forecast, f => Assert.Equal((5.0, 5.0, 5.0), (f.Value, f.Lower, f.Upper)));
    }

    [Fact]
    public void Smoothing_chooses_the_alpha_with_the_least_one_step_error()
    {
        double[] y = [3, 8, 4, 9, 12, 10, 15, 14, 18];

        var fit = ExponentialSmoothing.Fit(y, 2020, 1, 0.95);

        Assert.All(Enumerable.Range(1, 99), s => Assert.True(fit.Sse <= ExponentialSmoothing.Run(y, s / 100.0).Sse + 1e-12));
    }

    [Fact]
    public void Normal_quantile_of_a_95_percent_interval_is_1_96()
    {
        Assert.Equal(1.959964, NormalQuantile.TwoSided(0.95), 5);
    }

    [Fact]
    public void Years_without_documents_count_zero_and_the_best_model_is_chosen_by_aic()
    {
        var counts = Enumerable.Range(0, 20).ToDictionary(i => 2000 + i, i => (int)Math.Round(40 * Math.Exp(-0.5 * Math.Pow((i - 10) / 3.0, 2))));
        counts.Remove(2001);

        var result = TrendAnalysis.Analyze(counts, new TrendOptions());

        Assert.Equal(Enumerable.Range(2000, 20), result.Years);
        Assert.Equal(0, result.Counts[1]);
        Assert.Equal(result.Counts.Sum(), result.Cumulative[^1]);
        var best = result.Best == GrowthModel.Logistic ? result.Logistic! : result.Gompertz!;
        Assert.Equal(Math.Min(result.Logistic!.Aic, result.Gompertz!.Aic), best.Aic);
        Assert.Equal(LifeCycleStage.Saturated, best.Stage);
    }
}
