using Zhiku.Analytics.Networks.Build;
using Zhiku.Analytics.Networks.Graph;

namespace Zhiku.Tests.Analytics.Networks;

public sealed class CoOccurrenceTests
{
    // Documents over items 0 = a, 1 = b, 2 = c:  {a, b}, {a, b, c}, {a, c}, {b}, {a, a, b}
    // Occurrences: a 4, b 4, c 2.  Full counts: ab 3, ac 2, bc 1.
    // Fractional (1/(n−1) per pair): {a,b} 1, {a,b,c} ½ each, {a,c} 1, {a,b} 1 → ab 2.5, ac 1.5, bc 0.5.
    private static readonly int[][] Documents = [[0, 1], [0, 1, 2], [0, 2], [1], [0, 0, 1]];

    [Fact]
    public void Full_counting_counts_each_document_once_per_pair()
    {
        var network = CoOccurrence.Build(Documents, 3);

        Assert.Equal([4, 4, 2], network.Occurrences);
        Assert.Equal(3.0, Edge(network.Graph, 0, 1));
        Assert.Equal(2.0, Edge(network.Graph, 0, 2));
        Assert.Equal(1.0, Edge(network.Graph, 1, 2));
        Assert.Equal(6.0, network.Graph.TotalWeight);
    }

    [Fact]
    public void Fractional_counting_gives_each_document_unit_strength_per_item()
    {
        var network = CoOccurrence.Build(Documents, 3, Counting.Fractional);

        Assert.Equal(2.5, Edge(network.Graph, 0, 1), 12);
        Assert.Equal(1.5, Edge(network.Graph, 0, 2), 12);
        Assert.Equal(0.5, Edge(network.Graph, 1, 2), 12);
    }

    [Theory]
    // By hand for a–b (C_ab = 3, C_a = C_b = 4) and a–c (C_ac = 2, C_a = 4, C_c = 2):
    [InlineData(Similarity.Association, 3.0 / 16, 2.0 / 8)]
    [InlineData(Similarity.Inclusion, 3.0 / 4, 2.0 / 2)]
    [InlineData(Similarity.Jaccard, 3.0 / 5, 2.0 / 4)]
    [InlineData(Similarity.Salton, 3.0 / 4, 0.70710678118654757)]
    [InlineData(Similarity.Equivalence, 9.0 / 16, 4.0 / 8)]
    // Link strengths s_a = 5, s_b = 4, s_c = 3 and m = 6: ab 3/(20/12) = 1.8, ac 2/(15/12) = 1.6.
    [InlineData(Similarity.VosAssociationStrength, 1.8, 1.6)]
    public void Normalisations_match_the_hand_computed_values(Similarity similarity, double ab, double ac)
    {
        var normalized = SimilarityNormalization.Normalize(CoOccurrence.Build(Documents, 3), similarity);

        Assert.Equal(ab, Edge(normalized, 0, 1), 12);
        Assert.Equal(ab, Edge(normalized, 1, 0), 12);
        Assert.Equal(ac, Edge(normalized, 0, 2), 12);
    }

    private static double Edge(WeightedGraph graph, int i, int j)
    {
        for (var k = graph.Offsets[i]; k < graph.Offsets[i + 1]; k++)
        {
            if (graph.Neighbors[k] == j)
            {
                return graph.Weights[k];
            }
        }

        return 0;
    }
}
