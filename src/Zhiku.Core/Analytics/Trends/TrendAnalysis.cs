namespace Zhiku.Analytics.Trends;

/// <summary>Growth-curve and smoothing forecasts of a topic's yearly counts (years without documents count 0).</summary>
public static class TrendAnalysis
{
    public static TrendResult Analyze(IReadOnlyDictionary<int, int> yearlyCounts, TrendOptions options)
    {
        ArgumentNullException.ThrowIfNull(yearlyCounts);
        ArgumentNullException.ThrowIfNull(options);
        if (yearlyCounts.Count == 0)
        {
            return new TrendResult([], [], [], null, null, ExponentialSmoothing.Fit([], 0, options.Horizon, options.Level), null, options);
        }

        var first = yearlyCounts.Keys.Min();
        var years = Enumerable.Range(first, yearlyCounts.Keys.Max() - first + 1).ToList();
        var counts = years.Select(y => yearlyCounts.GetValueOrDefault(y)).ToList();
        var running = 0;
        var cumulative = counts.Select(c => running += c).ToList();
        var asDouble = cumulative.Select(c => (double)c).ToList();
        var logistic = GrowthFitter.Fit(GrowthModel.Logistic, first, asDouble, options);
        var gompertz = GrowthFitter.Fit(GrowthModel.Gompertz, first, asDouble, options);
        GrowthModel? best = (logistic, gompertz) switch
        {
            (null, null) => null,
            (null, _) => GrowthModel.Gompertz,
            (_, null) => GrowthModel.Logistic,
            _ => logistic.Aic <= gompertz.Aic ? GrowthModel.Logistic : GrowthModel.Gompertz,
        };
        var smoothing = ExponentialSmoothing.Fit([.. counts.Select(c => (double)c)], years[^1], options.Horizon, options.Level);
        return new TrendResult(years, counts, cumulative, logistic, gompertz, smoothing, best, options);
    }
}
