using Zhiku.Analytics.Networks.Graph;

namespace Zhiku.Analytics.Networks.Export;

/// <summary>What the exporters write: labelled nodes with cluster (0-based), coordinates and occurrences, and the weighted links.</summary>
public sealed record NetworkMap(
    IReadOnlyList<string> Labels, WeightedGraph Graph, IReadOnlyList<int> Clusters, IReadOnlyList<double> X, IReadOnlyList<double> Y, IReadOnlyList<int> Occurrences)
{
    /// <summary>Each undirected link once, i &lt; j.</summary>
    public IEnumerable<(int Source, int Target, double Weight)> Links()
    {
        for (var i = 0; i < Graph.NodeCount; i++)
        {
            for (var k = Graph.Offsets[i]; k < Graph.Offsets[i + 1]; k++)
            {
                if (Graph.Neighbors[k] > i)
                {
                    yield return (i, Graph.Neighbors[k], Graph.Weights[k]);
                }
            }
        }
    }

    /// <summary>Number of links of node i.</summary>
    public int Degree(int i) => Graph.Offsets[i + 1] - Graph.Offsets[i];

    /// <summary>Total link strength of node i.</summary>
    public double Strength(int i) => Graph.Strengths[i];
}
