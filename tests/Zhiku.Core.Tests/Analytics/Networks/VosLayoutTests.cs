using Zhiku.Analytics.Networks.Graph;
using Zhiku.Analytics.Networks.Layout;

namespace Zhiku.Tests.Analytics.Networks;

public sealed class VosLayoutTests
{
    /// <summary>Two 4-cliques joined by one weak link.</summary>
    private static WeightedGraph TwoCliques()
    {
        var edges = new List<WeightedEdge>();
        foreach (var offset in (int[])[0, 4])
        {
            for (var i = 0; i < 4; i++)
            {
                for (var j = i + 1; j < 4; j++)
                {
                    edges.Add(new WeightedEdge(offset + i, offset + j, 1));
                }
            }
        }

        edges.Add(new WeightedEdge(3, 4, 0.1));
        return WeightedGraph.FromEdges(8, edges);
    }

    private static double Distance(NetworkLayout l, int i, int j) => Math.Sqrt(Math.Pow(l.X[i] - l.X[j], 2) + Math.Pow(l.Y[i] - l.Y[j], 2));

    [Fact]
    public void Places_linked_nodes_closer_than_unlinked_ones()
    {
        var layout = VosLayout.Compute(TwoCliques(), new LayoutOptions { Seed = 7 });

        var within = new[] { (0, 1), (1, 2), (5, 6), (6, 7) }.Max(p => Distance(layout, p.Item1, p.Item2));
        var between = new[] { (0, 5), (1, 6), (2, 7) }.Min(p => Distance(layout, p.Item1, p.Item2));
        Assert.True(within < between, $"within {within}, between {between}");
    }

    [Fact]
    public void Standardised_coordinates_are_centred_with_mean_distance_one_and_reproducible()
    {
        var a = VosLayout.Compute(TwoCliques(), new LayoutOptions { Seed = 3 });
        var b = VosLayout.Compute(TwoCliques(), new LayoutOptions { Seed = 3 });

        Assert.Equal(0, a.X.Average(), 9);
        Assert.Equal(0, a.Y.Average(), 9);
        var distances = Enumerable.Range(0, 8).SelectMany(i => Enumerable.Range(i + 1, 7 - i).Select(j => Distance(a, i, j)));
        Assert.Equal(1, distances.Average(), 9);
        Assert.Equal(a.X, b.X);
        Assert.True(a.X.Select(Math.Abs).Sum() >= a.Y.Select(Math.Abs).Sum() * 0.5, "principal axis should be horizontal");
    }
}
