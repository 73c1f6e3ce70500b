namespace Zhiku.Analytics.Networks.Labels;

/// <summary>
/// Labels clusters as CiteSpace does: a cluster's documents are those linked to any of its nodes; each term of the
/// documents is ranked by the log-likelihood ratio of its frequency in the cluster's documents against the others,
/// keeping only terms over-represented in the cluster.
/// </summary>
public static class ClusterLabelling
{
    /// <param name="nodesOfDocument">For each document, the network nodes it contains (or is).</param>
    /// <param name="termsOfDocument">For each document, its distinct terms (keywords, title terms).</param>
    /// <param name="clusters">Each node's cluster, 0..clusterCount−1.</param>
    /// <param name="clusterCount">Number of clusters.</param>
    /// <param name="top">Label terms kept per cluster.</param>
    public static IReadOnlyList<ClusterLabel> Label(
        IReadOnlyList<int[]> nodesOfDocument, IReadOnlyList<string[]> termsOfDocument, IReadOnlyList<int> clusters, int clusterCount, int top = 3)
    {
        ArgumentNullException.ThrowIfNull(nodesOfDocument);
        ArgumentNullException.ThrowIfNull(termsOfDocument);
        ArgumentNullException.ThrowIfNull(clusters);
        var documents = nodesOfDocument.Count;
        var termTotals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var terms in termsOfDocument)
        {
            foreach (var t in terms.Distinct(StringComparer.Ordinal))
            {
                termTotals[t] = termTotals.GetValueOrDefault(t) + 1;
            }
        }

        var sizes = new int[clusterCount];
        foreach (var c in clusters)
        {
            sizes[c]++;
        }

        var labels = new List<ClusterLabel>(clusterCount);
        for (var k = 0; k < clusterCount; k++)
        {
            var inCluster = new Dictionary<string, int>(StringComparer.Ordinal);
            var clusterDocuments = 0;
            for (var d = 0; d < documents; d++)
            {
                if (!nodesOfDocument[d].Any(n => clusters[n] == k))
                {
                    continue;
                }

                clusterDocuments++;
                foreach (var t in termsOfDocument[d].Distinct(StringComparer.Ordinal))
                {
                    inCluster[t] = inCluster.GetValueOrDefault(t) + 1;
                }
            }

            var outside = documents - clusterDocuments;
            var ranked = inCluster
                .Where(p => outside == 0 || (double)p.Value / clusterDocuments > (double)(termTotals[p.Key] - p.Value) / outside)
                .Select(p =>
                {
                    var b = termTotals[p.Key] - p.Value;
                    return new LabelTerm(p.Key, LogLikelihood.Ratio(p.Value, b, clusterDocuments - p.Value, outside - b));
                })
                .OrderByDescending(t => t.Llr).ThenBy(t => t.Term, StringComparer.Ordinal).Take(top).ToList();
            labels.Add(new ClusterLabel(k, sizes[k], clusterDocuments, ranked));
        }

        return labels;
    }
}
