namespace Zhiku.Analytics.Trends;

/// <summary>
/// Simple exponential smoothing (Brown 1956): ℓ_t = ℓ_{t−1} + α(y_t − ℓ_{t−1}), ℓ_1 = y_1, α minimising the one-step
/// SSE on a 0.01 grid; the forecast is flat with variance σ²(1 + (h − 1)α²) (Hyndman &amp; Athanasopoulos, ETS(A,N,N)).
/// </summary>
public static class ExponentialSmoothing
{
    public static SmoothingFit Fit(IReadOnlyList<double> values, int lastYear, int horizon, double level)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return new SmoothingFit(double.NaN, double.NaN, double.NaN, []);
        }

        var (bestAlpha, bestSse, bestLevel) = (0.5, double.PositiveInfinity, values[^1]);
        for (var step = 1; step <= 99; step++)
        {
            var alpha = step / 100.0;
            var (sse, current) = Run(values, alpha);
            if (sse < bestSse)
            {
                (bestAlpha, bestSse, bestLevel) = (alpha, sse, current);
            }
        }

        var sigma = Math.Sqrt(bestSse / Math.Max(1, values.Count - 1));
        var z = NormalQuantile.TwoSided(level);
        var forecast = Enumerable.Range(1, horizon).Select(h =>
        {
            var half = z * sigma * Math.Sqrt(1 + ((h - 1) * bestAlpha * bestAlpha));
            return new ForecastPoint(lastYear + h, bestLevel, Math.Max(0, bestLevel - half), bestLevel + half);
        }).ToList();
        return new SmoothingFit(bestAlpha, bestLevel, bestSse, forecast);
    }

    /// <summary>One-step SSE and final level for α.</summary>
    internal static (double Sse, double Level) Run(IReadOnlyList<double> values, double alpha)
    {
        var current = values[0];
        double sse = 0;
        for (var i = 1; i < values.Count; i++)
        {
            var error = values[i] - current;
            sse += error * error;
            current += alpha * error;
        }

        return (sse, current);
    }
}
