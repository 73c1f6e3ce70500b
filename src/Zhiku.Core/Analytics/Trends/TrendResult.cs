namespace Zhiku.Analytics.Trends;

/// <summary>Yearly and cumulative counts with the logistic, Gompertz and smoothing fits; <see cref="Best"/> by AIC.</summary>
public sealed record TrendResult(
    IReadOnlyList<int> Years, IReadOnlyList<int> Counts, IReadOnlyList<int> Cumulative,
    GrowthFit? Logistic, GrowthFit? Gompertz, SmoothingFit Smoothing, GrowthModel? Best, TrendOptions Options);
