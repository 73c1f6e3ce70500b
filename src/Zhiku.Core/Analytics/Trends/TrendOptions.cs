namespace Zhiku.Analytics.Trends;

/// <summary>Parameters of a trend analysis; recorded with the result.</summary>
public sealed record TrendOptions
{
    /// <summary>Years forecast after the last observed year.</summary>
    public int Horizon { get; init; } = 5;

    /// <summary>Two-sided coverage of the prediction intervals.</summary>
    public double Level { get; init; } = 0.95;

    /// <summary>Random starting points of the growth-curve fits, besides the heuristic start.</summary>
    public int Starts { get; init; } = 20;

    public long Seed { get; init; } = 1;
}
