using Zhiku.Analytics.Documents;
using Zhiku.Model;

namespace Zhiku.Analytics.Networks;

/// <summary>A network of the works, clustered, labelled and laid out, as one result document (and the run, for files).</summary>
public static class NetworkAnalysis
{
    public static AnalysisResult Run(IReadOnlyList<WorkRecord> works, NetworkRequest request) =>
        Document(works.Count, Compute(works, request));

    /// <summary>The run behind the document, for the network files (VOSviewer, GraphML, GEXF, Pajek).</summary>
    public static NetworkRunResult Compute(IReadOnlyList<WorkRecord> works, NetworkRequest request)
    {
        ArgumentNullException.ThrowIfNull(works);
        ArgumentNullException.ThrowIfNull(request);
        return NetworkRun.Compute(works, request.Parameters());
    }

    public static AnalysisResult Document(int documents, NetworkRunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var (map, clustering, labels, parameters) = (run.Map, run.Clustering, run.Labels, run.Parameters);
        var nodes = map.Labels.Select((l, i) => new { id = i + 1, label = l, cluster = map.Clusters[i] + 1, occurrences = map.Occurrences[i], links = map.Degree(i), strength = map.Strength(i), x = map.X[i], y = map.Y[i] }).ToList();
        var json = new
        {
            type = parameters.Kind,
            documents,
            nodes,
            edges = map.Links().Select(e => new { source = e.Source + 1, target = e.Target + 1, weight = e.Weight }),
            clusters = labels.Select(c => new { id = c.Cluster + 1, size = c.Size, documents = c.Documents, labels = c.Terms.Select(t => new { term = t.Term, llr = t.Llr }) }),
            clusterCount = clustering.ClusterCount,
            quality = clustering.Quality,
            modularity = clustering.Modularity,
            parameters = new { top = parameters.Selection.Top, minOccurrences = parameters.Selection.MinOccurrences, counting = parameters.Counting, normalize = parameters.Normalization, clustering = clustering.Options, layout = run.Layout },
        };
        var table = new List<string[]> { new[] { "id", "label", "cluster", "occurrences", "links", "strength", "x", "y" } };
        table.AddRange(nodes.Select(n => new[]
        {
            AnalysisJson.Cell(n.id), n.label, AnalysisJson.Cell(n.cluster), AnalysisJson.Cell(n.occurrences), AnalysisJson.Cell(n.links),
            AnalysisJson.Cell(n.strength), AnalysisJson.Cell(n.x), AnalysisJson.Cell(n.y),
        }));
        return AnalysisResult.Of(json, table);
    }
}
