using System.ComponentModel;
using Zhiku.Analytics.Documents;

namespace Zhiku.Analytics.Trends;

/// <summary>
/// The growth-curve trend's request, bound from <c>zhiku analyze trends</c>'s options and
/// <c>GET /api/v1/analytics/trends</c>'s query alike; null fields take the defaults.
/// </summary>
public sealed record TrendsRequest
{
    [Description("The trend's topic: works with a keyword or title containing it (default: all works found)")]
    public string? Topic { get; init; }

    [Description("Years to forecast (default 5)")]
    public int? Horizon { get; init; }

    [Description("Coverage of the prediction intervals (default 0.95)")]
    public double? Level { get; init; }

    [Description("Seed of the random starts (default 1)")]
    public long? Seed { get; init; }

    public TrendOptions Options() => new()
    {
        Horizon = RequestValues.Whole(Horizon, "horizon", 5, 1, 50),
        Level = RequestValues.Fraction(Level, "level", 0.95),
        Seed = RequestValues.Seed(Seed, "seed", 1),
    };
}
