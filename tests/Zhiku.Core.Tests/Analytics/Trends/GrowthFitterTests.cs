using Zhiku.Analytics.Trends;

namespace Zhiku.Tests.Analytics.Trends;

public sealed class GrowthFitterTests
{
    private static readonly TrendOptions Options = new();

    private static List<double> Logistic(double k, double r, double t0, int n, double noise = 0) =>
        [.. Enumerable.Range(0, n).Select(t => (k / (1 + Math.Exp(-r * (t - t0)))) + (t % 2 == 0 ? noise : -noise))];

    [Fact]
    public void Recovers_logistic_parameters_from_an_exact_curve()
    {
        var fit = GrowthFitter.Fit(GrowthModel.Logistic, 2000, Logistic(500, 0.4, 12, 25), Options)!;

        Assert.Equal(500, fit.Parameters[0], 3);
        Assert.Equal(0.4, fit.Parameters[1], 5);
        Assert.Equal(12, fit.Parameters[2], 4);
        Assert.True(fit.RSquared > 0.999999);
        Assert.Equal(LifeCycleStage.Saturated, fit.Stage);
    }

    [Fact]
    public void Recovers_gompertz_parameters_from_an_exact_curve()
    {
        var y = Enumerable.Range(0, 30).Select(t => 1000 * Math.Exp(-5 * Math.Exp(-0.2 * t))).ToList();

        var fit = GrowthFitter.Fit(GrowthModel.Gompertz, 1990, y, Options)!;

        Assert.Equal(1000, fit.Parameters[0], 3);
        Assert.Equal(5, fit.Parameters[1], 5);
        Assert.Equal(0.2, fit.Parameters[2], 6);
    }

    [Theory]
    [InlineData(30, LifeCycleStage.Emerging)]
    [InlineData(16, LifeCycleStage.Growing)]
    [InlineData(13, LifeCycleStage.Mature)]
    public void Stage_follows_the_share_of_saturation_reached(double t0, LifeCycleStage stage)
    {
        // Shares reached at t = 14: 1/(1+e^{6.4}) ≈ 0.002, 1/(1+e^{0.8}) ≈ 0.31, 1/(1+e^{-0.4}) ≈ 0.60.
        var fit = GrowthFitter.Fit(GrowthModel.Logistic, 2000, Logistic(800, 0.4, t0, 15), Options)!;

        Assert.Equal(stage, fit.Stage);
    }

    [Fact]
    public void Prediction_intervals_cover_the_true_curve_and_widen_with_the_horizon()
    {
        var truth = Logistic(500, 0.3, 14, 30);

        var fit = GrowthFitter.Fit(GrowthModel.Logistic, 2000, Logistic(500, 0.3, 14, 25, noise: 3), Options with { Horizon = 5 })!;

        Assert.Equal([2025, 2026, 2027, 2028, 2029], fit.Forecast.Select(f => f.Year));
        for (var h = 0; h < 5; h++)
        {
            Assert.InRange(truth[25 + h], fit.Forecast[h].Lower, fit.Forecast[h].Upper);
        }

        var widths = fit.Forecast.Select(f => f.Upper - f.Value).ToList();
        Assert.True(widths[^1] > widths[0], string.Join(", ", widths));
        Assert.True(widths[0] > 0);
    }

    [Fact]
    public void Fits_are_reproducible_for_a_seed()
    {
        var y = Logistic(300, 0.5, 10, 18, noise: 2);

        Assert.Equal(GrowthFitter.Fit(GrowthModel.Gompertz, 2000, y, Options)!.Parameters, GrowthFitter.Fit(GrowthModel.Gompertz, 2000, y, Options)!.Parameters);
    }
}
