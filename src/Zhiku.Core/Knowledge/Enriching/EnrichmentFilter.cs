namespace Zhiku.Knowledge.Enriching;

/// <summary>
/// Which enrichments a review queue lists or a bulk review touches: each filter that is given narrows (field, review
/// state, model, confidence from and to, both inclusive, and a search query over the works).
/// </summary>
public sealed record EnrichmentFilter
{
    public string? Field { get; init; }

    public string? State { get; init; }

    public string? Model { get; init; }

    /// <summary>Lowest confidence, 0–1, inclusive.</summary>
    public double? MinConfidence { get; init; }

    /// <summary>Highest confidence, 0–1, inclusive.</summary>
    public double? MaxConfidence { get; init; }

    /// <summary>A search query: only the enrichments of the works it finds.</summary>
    public string? Query { get; init; }
}
