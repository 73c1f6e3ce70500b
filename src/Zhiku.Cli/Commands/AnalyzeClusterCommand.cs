using System.CommandLine;
using System.Globalization;
using Zhiku.Analytics.Networks.Clustering;
using Zhiku.Analytics.Networks.Graph;
using Zhiku.Cli.Output;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku analyze cluster --edges FILE</c>: Leiden or Louvain on an edge list.</summary>
internal static class AnalyzeClusterCommand
{
    public static Command Create(CliContext context)
    {
        var edges = new Option<string>("--edges") { Description = "Edge list: 'source target [weight]' a line (tab, comma or space; # comments)", Required = true };
        var algorithm = new Option<string>("--algorithm") { Description = "leiden|louvain", DefaultValueFactory = _ => "leiden" };
        var quality = new Option<string>("--quality") { Description = "modularity|cpm", DefaultValueFactory = _ => "modularity" };
        var resolution = new Option<double>("--resolution") { Description = "Resolution γ", DefaultValueFactory = _ => 1.0 };
        var seed = new Option<long>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 0 };
        var iterations = new Option<int>("--iterations") { Description = "Iterations (negative: until the partition is stable)", DefaultValueFactory = _ => -1 };
        var command = new Command("cluster", "Cluster the nodes of an edge list") { edges, algorithm, quality, resolution, seed, iterations };
        command.SetAction(parse => context.Guard(() =>
        {
            var path = parse.GetValue(edges)!;
            LabelledGraph graph;
            try
            {
                using var reader = new StreamReader(path);
                graph = EdgeListReader.Read(reader);
            }
            catch (FormatException e)
            {
                throw new ArgumentException($"{path}: {e.Message}", e);
            }

            var options = new ClusteringOptions
            {
                Algorithm = Parse<ClusteringAlgorithm>(parse.GetValue(algorithm)!, "--algorithm"),
                Quality = Parse<QualityFunction>(parse.GetValue(quality)!, "--quality"),
                Resolution = parse.GetValue(resolution),
                Seed = parse.GetValue(seed),
                Iterations = parse.GetValue(iterations),
            };
            var result = NetworkClustering.Cluster(graph.Graph, options);
            if (parse.GetValue(context.JsonOption))
            {
                var clusters = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < graph.Labels.Count; i++)
                {
                    clusters[graph.Labels[i]] = result.Clusters[i];
                }

                Json.Write(context.Output, new
                {
                    clusters,
                    clusterCount = result.ClusterCount,
                    quality = result.Quality,
                    modularity = result.Modularity,
                    nodes = graph.Graph.NodeCount,
                    edges = graph.Graph.EdgeCount,
                    parameters = result.Options,
                });
                return 0;
            }

            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{graph.Graph.NodeCount} nodes, {graph.Graph.EdgeCount} edges: {result.ClusterCount} clusters, quality {result.Quality:G6}, modularity {result.Modularity:G6}"));
            for (var i = 0; i < graph.Labels.Count; i++)
            {
                context.Output.WriteLine($"{graph.Labels[i]}\t{result.Clusters[i]}");
            }

            return 0;
        }));
        return command;
    }

    private static T Parse<T>(string value, string option)
        where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new ArgumentException($"{option}: unknown value '{value}' (use {string.Join("|", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))})");
}
