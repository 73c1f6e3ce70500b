using System.ComponentModel;
using Zhiku.Analytics.Documents;

namespace Zhiku.Analytics.Bursts;

/// <summary>
/// Kleinberg bursts of the works' items by publication year, bound from <c>zhiku analyze bursts</c>'s options and
/// <c>GET /api/v1/analytics/bursts</c>'s query alike; null fields take the defaults.
/// </summary>
public sealed record BurstsRequest
{
    /// <summary>The item fields bursts can be detected in.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["keywords", "terms", "references"];

    [Description("keywords|terms|references: author keywords and Keywords Plus, title/abstract terms, or cited references (default keywords)")]
    public string? Field { get; init; }

    [Description("Items in at least N documents get a series (default 2)")]
    public int? MinOccurrences { get; init; }

    [Description("Rate ratio s of the burst state, above 1 (default 2)")]
    public double? S { get; init; }

    [Description("γ: entering a burst costs γ·ln(slices) (default 1)")]
    public double? Gamma { get; init; }

    public string ResolveField() => RequestValues.Choice(Field, "field", "keywords", Fields);

    public int ResolveMinOccurrences() => RequestValues.Whole(MinOccurrences, "minOccurrences", 2, 1, 100_000);

    public BurstOptions Options() => new() { S = RequestValues.AboveOne(S, "s", 2.0), Gamma = RequestValues.Positive(Gamma, "gamma", 1.0) };
}
