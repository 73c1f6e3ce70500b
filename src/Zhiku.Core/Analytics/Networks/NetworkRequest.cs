using System.ComponentModel;
using Zhiku.Analytics.Documents;
using Zhiku.Analytics.Networks.Build;
using Zhiku.Analytics.Networks.Clustering;

namespace Zhiku.Analytics.Networks;

/// <summary>
/// A bibliographic network's request (kind, counting, normalisation, thresholds, clustering), bound from
/// <c>zhiku analyze network</c>'s options and <c>GET /api/v1/analytics/network</c>'s query alike.
/// </summary>
public sealed record NetworkRequest
{
    [Description("coword|keywords-plus|coauthorship|institutions|countries|cocitation|cocitation-authors|cocitation-sources|coupling|citation (default coword)")]
    public string? Type { get; init; }

    [Description("full|fractional (default full)")]
    public string? Counting { get; init; }

    [Description("none|association|salton|jaccard|inclusion|equivalence (default association)")]
    public string? Normalize { get; init; }

    [Description("Keep items in at least N documents (default 1)")]
    public int? MinOccurrences { get; init; }

    [Description("Keep the N most frequent items (default 100 unless minOccurrences is given)")]
    public int? Top { get; init; }

    [Description("leiden|louvain (default leiden)")]
    public string? Cluster { get; init; }

    [Description("modularity|cpm (default modularity)")]
    public string? Quality { get; init; }

    [Description("Resolution γ of the quality function (cpm: in units of the normalised edge weights; default 1)")]
    public double? Resolution { get; init; }

    [Description("Seed of clustering and layout (default 0)")]
    public long? Seed { get; init; }

    /// <summary>The validated parameters; <see cref="Top"/> defaults to 100 only when no occurrence threshold is given.</summary>
    public NetworkParameters Parameters()
    {
        var type = string.IsNullOrWhiteSpace(Type) ? "coword" : Type;
        try
        {
            type = NetworkKinds.Name(NetworkKinds.Parse(type));
        }
        catch (ArgumentException)
        {
            throw new AnalysisRequestException("type", type, NetworkKinds.All);
        }

        return new NetworkParameters
        {
            Kind = type,
            Counting = RequestValues.Choice(Counting, "counting", Build.Counting.Full),
            Normalization = RequestValues.Choice(Normalize, "normalize", Similarity.Association),
            Selection = new ItemSelection(
                RequestValues.Whole(MinOccurrences, "minOccurrences", 1, 1, 100_000),
                MinOccurrences is null || Top is not null ? RequestValues.Whole(Top, "top", 100, 2, 10_000) : null),
            Clustering = new ClusteringOptions
            {
                Algorithm = RequestValues.Choice(Cluster, "cluster", ClusteringAlgorithm.Leiden),
                Quality = RequestValues.Choice(Quality, "quality", QualityFunction.Modularity),
                Resolution = RequestValues.Positive(Resolution, "resolution", 1.0),
                Seed = RequestValues.Seed(Seed, "seed", 0),
            },
        };
    }
}
