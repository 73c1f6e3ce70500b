namespace Zhiku.Analytics.Trends;

/// <summary>A forecast year: predicted value with a prediction interval.</summary>
public sealed record ForecastPoint(int Year, double Value, double Lower, double Upper);
