using Zhiku.Analytics.Networks.Graph;

namespace Zhiku.Analytics.Networks.Build;

/// <summary>Re-weights the edges of a co-occurrence network by a <see cref="Similarity"/>.</summary>
public static class SimilarityNormalization
{
    public static WeightedGraph Normalize(CoOccurrenceNetwork network, Similarity similarity)
    {
        var graph = network.Graph;
        var weights = new double[graph.Weights.Length];
        for (var i = 0; i < graph.NodeCount; i++)
        {
            for (var k = graph.Offsets[i]; k < graph.Offsets[i + 1]; k++)
            {
                var j = graph.Neighbors[k];
                weights[k] = Weight(graph.Weights[k], network.Occurrences[i], network.Occurrences[j], graph.Strengths[i], graph.Strengths[j], graph.TotalWeight, similarity);
            }
        }

        return new WeightedGraph(graph.Offsets, graph.Neighbors, weights, graph.SelfLoops);
    }

    /// <summary>One normalised value; <paramref name="ci"/> and <paramref name="cj"/> are occurrences, <paramref name="si"/>, <paramref name="sj"/> link strengths.</summary>
    public static double Weight(double cij, double ci, double cj, double si, double sj, double m, Similarity similarity) => similarity switch
    {
        Similarity.None => cij,
        Similarity.Association => cij / (ci * cj),
        Similarity.Inclusion => cij / Math.Min(ci, cj),
        Similarity.Jaccard => cij / (ci + cj - cij),
        Similarity.Salton => cij / Math.Sqrt(ci * cj),
        Similarity.Equivalence => cij * cij / (ci * cj),
        Similarity.VosAssociationStrength => cij / (si * sj / (2 * m)),
        _ => throw new ArgumentOutOfRangeException(nameof(similarity)),
    };
}
