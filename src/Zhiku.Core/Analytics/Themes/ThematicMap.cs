using Zhiku.Analytics.Networks.Build;
using Zhiku.Analytics.Networks.Clustering;

namespace Zhiku.Analytics.Themes;

/// <summary>
/// bibliometrix's thematicMap (after Cobo, López-Herrera, Herrera-Viedma &amp; Herrera 2011, J. Informetrics 5(1)):
/// co-occurrence of the top words, association-normalised (e_ij = c_ij/(c_i·c_j)), clustered, isolates removed; words
/// under the scaled minimum frequency leave the themes. Each link counts once. bibliometrix sums only the upper
/// triangle of the matrix per row's cluster, so an external link counts for one of its two themes, depending on word
/// order; Zhiku counts it for both, which is what Callon's centrality means.
/// </summary>
public static class ThematicMap
{
    public static ThematicMapResult Compute(IReadOnlyList<IReadOnlyList<string>> documents, ThematicMapOptions options)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in documents.SelectMany(d => d.Distinct(StringComparer.Ordinal)))
        {
            occurrences[item] = occurrences.GetValueOrDefault(item) + 1;
        }

        var words = occurrences.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(options.Words).Select(p => p.Key).ToList();
        var index = words.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        var network = CoOccurrence.Build([.. documents.Select(d => d.Where(index.ContainsKey).Select(w => index[w]).ToArray())], words.Count);
        var graph = SimilarityNormalization.Normalize(network, Similarity.Association);
        var minFrequency = options.MinFrequency(documents.Count);
        if (graph.EdgeCount == 0)
        {
            return new ThematicMapResult([], 0, minFrequency, documents.Count, options);
        }

        var clustering = NetworkClustering.Cluster(graph, new ClusteringOptions { Algorithm = options.Algorithm, Resolution = options.Resolution, Seed = options.Seed });
        var clusters = clustering.Clusters;
        bool Kept(int i) => graph.Offsets[i + 1] > graph.Offsets[i] && network.Occurrences[i] >= minFrequency;
        var centrality = new double[clustering.ClusterCount];
        var internalSum = new double[clustering.ClusterCount];
        for (var i = 0; i < words.Count; i++)
        {
            for (var k = graph.Offsets[i]; k < graph.Offsets[i + 1]; k++)
            {
                var j = graph.Neighbors[k];
                if (j <= i || !Kept(i) || !Kept(j))
                {
                    continue;
                }

                if (clusters[i] == clusters[j])
                {
                    internalSum[clusters[i]] += graph.Weights[k];
                }
                else
                {
                    centrality[clusters[i]] += graph.Weights[k];
                    centrality[clusters[j]] += graph.Weights[k];
                }
            }
        }

        var raw = Enumerable.Range(0, clustering.ClusterCount)
            .Select(c => (Cluster: c, Words: Enumerable.Range(0, words.Count).Where(i => clusters[i] == c && Kept(i))
                .Select(i => new ThemeWord(words[i], network.Occurrences[i])).OrderByDescending(w => w.Occurrences).ThenBy(w => w.Word, StringComparer.Ordinal).ToList()))
            .Where(t => t.Words.Count > 0).ToList();
        var centralityRank = Ranks([.. raw.Select(t => centrality[t.Cluster])]);
        var densities = raw.Select(t => 100 * internalSum[t.Cluster] / t.Words.Count).ToArray();
        var densityRank = Ranks(densities);
        var (meanC, meanD) = (centralityRank.DefaultIfEmpty().Average(), densityRank.DefaultIfEmpty().Average());
        var themes = raw.Select((t, k) => new Theme(
            k + 1, t.Words[0].Word, t.Words, t.Words.Sum(w => w.Occurrences), centrality[t.Cluster], densities[k], centralityRank[k], densityRank[k],
            (centralityRank[k] > meanC, densityRank[k] > meanD) switch
            {
                (true, true) => ThemeQuadrant.Motor,
                (false, true) => ThemeQuadrant.Niche,
                (true, false) => ThemeQuadrant.Basic,
                _ => ThemeQuadrant.EmergingOrDeclining,
            })).ToList();
        return new ThematicMapResult(themes, clustering.Modularity, minFrequency, documents.Count, options);
    }

    /// <summary>R's rank with ties averaged, 1-based.</summary>
    internal static double[] Ranks(double[] values)
    {
        var order = Enumerable.Range(0, values.Length).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Length];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = ((start + end) / 2.0) + 1;
            }

            start = end + 1;
        }

        return ranks;
    }
}
