namespace Zhiku.Analytics.Trends;

/// <summary>
/// A fitted growth curve of cumulative counts: parameters (see <see cref="GrowthModel"/>), residual sum of squares,
/// R², AIC (n·ln(SSE/n) + 2k), stage, and forecasts of the cumulative count with prediction intervals.
/// </summary>
public sealed record GrowthFit(
    GrowthModel Model, IReadOnlyList<double> Parameters, double Saturation, double Sse, double RSquared, double Aic,
    LifeCycleStage Stage, double ShareOfSaturation, IReadOnlyList<double> Fitted, IReadOnlyList<ForecastPoint> Forecast);
