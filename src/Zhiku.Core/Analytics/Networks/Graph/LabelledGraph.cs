namespace Zhiku.Analytics.Networks.Graph;

/// <summary>A graph whose node i is called <c>Labels[i]</c>.</summary>
public sealed record LabelledGraph(IReadOnlyList<string> Labels, WeightedGraph Graph);
