using System.Globalization;
using Zhiku.Analytics.Bibliometrics;
using Zhiku.Analytics.Networks.Build;
using Zhiku.Analytics.Networks.Clustering;
using Zhiku.Analytics.Networks.Export;
using Zhiku.Analytics.Networks.Labels;
using Zhiku.Analytics.Networks.Layout;
using Zhiku.Model;

namespace Zhiku.Analytics.Reports;

/// <summary>
/// The network pipeline of the workspace and the report: build (co-occurrence or coupling), normalise, cluster,
/// label the clusters by log-likelihood ratio of the members' keywords, and lay out (VOS) with the clustering's seed.
/// </summary>
public static class NetworkRun
{
    /// <summary>The network kinds this pipeline builds, as the API and the workspace name them.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["coword", "keywords-plus", "coauthorship", "countries", "cocitation", "coupling"];

    /// <summary>The field a kind co-occurs on; null for bibliographic coupling.</summary>
    public static NetworkField? Field(string kind) => kind switch
    {
        "coword" => NetworkField.AuthorKeywords,
        "keywords-plus" => NetworkField.KeywordsPlus,
        "coauthorship" => NetworkField.Authors,
        "countries" => NetworkField.Countries,
        "cocitation" => NetworkField.References,
        "coupling" => null,
        _ => throw new ArgumentException($"type: unknown value '{kind}' (use {string.Join("|", Kinds)})"),
    };

    public static NetworkRunResult Compute(IReadOnlyList<WorkRecord> works, NetworkParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(works);
        ArgumentNullException.ThrowIfNull(parameters);
        var field = Field(parameters.Kind);
        var network = field is { } f
            ? BibliographicNetworks.CoOccurrence(works, f, parameters.Counting, parameters.Selection)
            : BibliographicNetworks.Coupling(works, parameters.Counting, parameters.Selection);
        var weighted = SimilarityNormalization.Normalize(network.Network, parameters.Normalization);
        var clustering = NetworkClustering.Cluster(weighted, parameters.Clustering);
        var layout = VosLayout.Compute(
            SimilarityNormalization.Normalize(network.Network, Similarity.VosAssociationStrength), new LayoutOptions { Seed = parameters.Clustering.Seed });
        var terms = works.Select(w => w.AuthorKeywords.Concat(w.IndexKeywords).Select(BibliometrixKeys.Keyword).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToArray()).ToList();
        var labels = ClusterLabelling.Label(BibliographicNetworks.NodesOfWorks(works, network, field), terms, clustering.Clusters, clustering.ClusterCount);
        var nodeLabels = field is null ? [.. network.Labels.Select(l => ShortReference(works[int.Parse(l, CultureInfo.InvariantCulture)]))] : network.Labels;
        var map = new NetworkMap(nodeLabels, weighted, clustering.Clusters, layout.X, layout.Y, network.Network.Occurrences);
        return new NetworkRunResult(parameters, network, map, clustering, labels, layout.Options);
    }

    /// <summary>bibliometrix's SR style "FIRSTAU, YEAR, SOURCE" for a work node.</summary>
    private static string ShortReference(WorkRecord work) =>
        string.Join(", ", new[] { work.Authors.Count > 0 ? BibliometrixKeys.Author(work.Authors[0]) : null, work.Year?.ToString(CultureInfo.InvariantCulture), work.SourceAbbreviation ?? work.Source }
            .Where(s => !string.IsNullOrEmpty(s)));
}
