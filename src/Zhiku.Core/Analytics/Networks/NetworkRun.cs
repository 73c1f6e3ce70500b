using System.Globalization;
using Zhiku.Analytics.Bibliometrics;
using Zhiku.Analytics.Networks.Build;
using Zhiku.Analytics.Networks.Clustering;
using Zhiku.Analytics.Networks.Export;
using Zhiku.Analytics.Networks.Labels;
using Zhiku.Analytics.Networks.Layout;
using Zhiku.Analytics.Terms;
using Zhiku.Model;

namespace Zhiku.Analytics.Networks;

/// <summary>
/// The network pipeline of the CLI, the workspace and the report: build (co-occurrence or coupling), normalise, cluster,
/// label the clusters by log-likelihood ratio of the members' keywords, and lay out (VOS) with the clustering's seed.
/// </summary>
public static class NetworkRun
{
    /// <summary>The network kinds this pipeline builds, as the CLI, the API and the workspace name them.</summary>
    public static IReadOnlyList<string> Kinds => NetworkKinds.All;

    public static NetworkRunResult Compute(IReadOnlyList<WorkRecord> works, NetworkParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(works);
        ArgumentNullException.ThrowIfNull(parameters);
        var kind = NetworkKinds.Parse(parameters.Kind);
        var field = NetworkKinds.Field(kind);
        var network = NetworkKinds.Build(works, kind, parameters.Counting, parameters.Selection);
        var weighted = SimilarityNormalization.Normalize(network.Network, parameters.Normalization);
        var clustering = NetworkClustering.Cluster(weighted, parameters.Clustering);
        var layout = VosLayout.Compute(
            SimilarityNormalization.Normalize(network.Network, Similarity.VosAssociationStrength), new LayoutOptions { Seed = parameters.Clustering.Seed });
        var terms = works.Select(w => WorkItems.Keywords(w).Distinct(StringComparer.Ordinal).ToArray()).ToList();
        var labels = ClusterLabelling.Label(BibliographicNetworks.NodesOfWorks(works, network, field), terms, clustering.Clusters, clustering.ClusterCount);
        var nodeLabels = field is null ? Unique([.. network.Labels.Select(l => ShortReference(works[int.Parse(l, CultureInfo.InvariantCulture)]))]) : network.Labels;
        var map = new NetworkMap(nodeLabels, weighted, clustering.Clusters, layout.X, layout.Y, network.Network.Occurrences);
        return new NetworkRunResult(parameters, network, map, clustering, labels, layout.Options);
    }

    /// <summary>bibliometrix's SR style "FIRSTAU, YEAR, SOURCE" for a work node.</summary>
    private static string ShortReference(WorkRecord work) =>
        string.Join(", ", new[] { work.Authors.Count > 0 ? BibliometrixKeys.Author(work.Authors[0]) : null, work.Year?.ToString(CultureInfo.InvariantCulture), work.SourceAbbreviation ?? work.Source }
            .Where(s => !string.IsNullOrEmpty(s)));

    /// <summary>Makes repeated labels unique the way bibliometrix's SR does: "SMALL H, 1985, SCIENTOMETRICS-a".</summary>
    private static List<string> Unique(List<string> labels)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var round = 0; seen.Count < labels.Count && round < 26; round++)
        {
            seen.Clear();
            for (var i = 0; i < labels.Count; i++)
            {
                if (!seen.Add(labels[i]))
                {
                    labels[i] += "-" + (char)('a' + round);
                }
            }
        }

        return labels;
    }
}
