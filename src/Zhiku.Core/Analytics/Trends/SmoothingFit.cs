namespace Zhiku.Analytics.Trends;

/// <summary>Simple exponential smoothing of the yearly counts: α, level, one-step SSE and a flat forecast with intervals.</summary>
public sealed record SmoothingFit(double Alpha, double Level, double Sse, IReadOnlyList<ForecastPoint> Forecast);
