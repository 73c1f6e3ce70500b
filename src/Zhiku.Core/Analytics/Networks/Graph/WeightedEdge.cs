namespace Zhiku.Analytics.Networks.Graph;

/// <summary>An undirected edge between two node indices.</summary>
public readonly record struct WeightedEdge(int Source, int Target, double Weight = 1.0);
