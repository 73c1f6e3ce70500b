using Zhiku.Analytics.Networks.Clustering;

namespace Zhiku.Analytics.Themes;

/// <summary>bibliometrix thematicMap's parameters: n = 250 words, minfreq 5 per 1000 documents (at least 2), Louvain, seed 1234.</summary>
public sealed record ThematicMapOptions
{
    /// <summary>The most frequent words that enter the network.</summary>
    public int Words { get; init; } = 250;

    /// <summary>Minimum occurrences per 1000 documents; the threshold is max(2, ⌊minfreq·N/1000⌋).</summary>
    public int MinFrequencyPerThousand { get; init; } = 5;

    public ClusteringAlgorithm Algorithm { get; init; } = ClusteringAlgorithm.Louvain;

    public double Resolution { get; init; } = 1.0;

    public long Seed { get; init; } = 1234;

    /// <summary>bibliometrix's scaled threshold for <paramref name="documents"/> documents.</summary>
    public int MinFrequency(int documents) => Math.Max(2, MinFrequencyPerThousand * documents / 1000);
}
