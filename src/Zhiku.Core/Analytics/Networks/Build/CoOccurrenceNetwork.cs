using Zhiku.Analytics.Networks.Graph;

namespace Zhiku.Analytics.Networks.Build;

/// <summary>A co-occurrence network: edge weights between items and each item's number of documents.</summary>
public sealed record CoOccurrenceNetwork(WeightedGraph Graph, IReadOnlyList<int> Occurrences, Counting Counting);
