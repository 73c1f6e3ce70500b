using System.CommandLine;
using System.Globalization;
using Zhiku.Access;
using Zhiku.Analytics.Networks.Build;
using Zhiku.Analytics.Networks.Clustering;
using Zhiku.Analytics.Networks.Export;
using Zhiku.Analytics.Reports;
using Zhiku.Cli.Output;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku analyze network</c>: a bibliographic network of the works a query finds, clustered, labelled, laid out and exported.</summary>
internal static class AnalyzeNetworkCommand
{
    public static Command Create(CliContext context)
    {
        var query = AnalyzeOptions.Query();
        var type = new Option<string>("--type") { Description = NetworkKinds.Names + " (citation: direct citation, see CitationLinks)", DefaultValueFactory = _ => "coword" };
        var normalize = new Option<string>("--normalize") { Description = "none|association|salton|jaccard|inclusion|equivalence", DefaultValueFactory = _ => "association" };
        var counting = new Option<string>("--counting") { Description = "full|fractional", DefaultValueFactory = _ => "full" };
        var minimum = new Option<int>("--min-occurrences") { Description = "Keep items in at least N documents", DefaultValueFactory = _ => 1 };
        var top = new Option<int?>("--top") { Description = "Keep the N most frequent items (default 100 unless --min-occurrences is given)" };
        var cluster = new Option<string>("--cluster") { Description = "leiden|louvain", DefaultValueFactory = _ => "leiden" };
        var quality = new Option<string>("--quality") { Description = "modularity|cpm", DefaultValueFactory = _ => "modularity" };
        var resolution = new Option<double>("--resolution") { Description = "Resolution γ of the quality function (cpm: in units of the normalised edge weights)", DefaultValueFactory = _ => 1.0 };
        var seed = new Option<long>("--seed") { Description = "Seed of clustering and layout", DefaultValueFactory = _ => 0 };
        var format = new Option<string>("--format") { Description = "json|vosviewer|graphml|gexf|pajek", DefaultValueFactory = _ => "json" };
        var output = new Option<string?>("--out") { Description = "Write the network to FILE (vosviewer: FILE is the map, FILE.network.txt the links)" };
        var command = new Command("network", "Co-word, co-authorship, institution, country, co-citation, coupling or direct citation network with clusters and layout")
        {
            query, type, normalize, counting, minimum, top, cluster, quality, resolution, seed, format, output,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            using var kb = context.Open(parse);
            var works = AnalyzeSummaryCommand.Works(kb, parse.GetValue(query), Caller.Owner);
            var minOccurrences = parse.GetValue(minimum);
            var run = NetworkRun.Compute(works, new NetworkParameters
            {
                Kind = NetworkKinds.Name(NetworkKinds.Parse(parse.GetValue(type)!)),
                Counting = Choice<Counting>(parse.GetValue(counting)!, "--counting"),
                Normalization = Choice<Similarity>(parse.GetValue(normalize)!, "--normalize"),
                Selection = new ItemSelection(minOccurrences, parse.GetValue(top) ?? (parse.GetResult(minimum) is null or { Implicit: true } ? 100 : null)),
                Clustering = new ClusteringOptions
                {
                    Algorithm = Choice<ClusteringAlgorithm>(parse.GetValue(cluster)!, "--cluster"),
                    Quality = Choice<QualityFunction>(parse.GetValue(quality)!, "--quality"),
                    Resolution = parse.GetValue(resolution),
                    Seed = parse.GetValue(seed),
                },
            });
            var (map, clustering, labels) = (run.Map, run.Clustering, run.Labels);
            var chosen = parse.GetValue(format)!;
            var path = parse.GetValue(output);
            if (chosen == "json")
            {
                var document = new
                {
                    type = run.Parameters.Kind,
                    documents = works.Count,
                    nodes = map.Labels.Select((l, i) => new { id = i + 1, label = l, cluster = map.Clusters[i] + 1, occurrences = map.Occurrences[i], links = map.Degree(i), strength = map.Strength(i), x = map.X[i], y = map.Y[i] }),
                    edges = map.Links().Select(e => new { source = e.Source + 1, target = e.Target + 1, weight = e.Weight }),
                    clusters = labels.Select(c => new { id = c.Cluster + 1, size = c.Size, documents = c.Documents, labels = c.Terms.Select(t => new { term = t.Term, llr = t.Llr }) }),
                    clusterCount = clustering.ClusterCount,
                    quality = clustering.Quality,
                    modularity = clustering.Modularity,
                    parameters = new { selection = run.Parameters.Selection, counting = run.Parameters.Counting, normalize = run.Parameters.Normalization, clustering = clustering.Options, layout = run.Layout },
                };
                if (path is null)
                {
                    Json.Write(context.Output, document);
                    return 0;
                }

                using var file = new StreamWriter(path);
                Json.Write(file, document);
            }
            else
            {
                Export(map, chosen, path, context.Output);
            }

            if (path is not null)
            {
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{map.Labels.Count} nodes, {map.Graph.EdgeCount} links, {clustering.ClusterCount} clusters (modularity {clustering.Modularity:F4}) → {path}"));
            }

            return 0;
        }));
        return command;
    }

    private static void Export(NetworkMap map, string format, string? path, TextWriter console)
    {
        using var owned = path is null ? null : new StreamWriter(path);
        var writer = owned ?? console;
        switch (format)
        {
            case "vosviewer":
                VosViewerWriter.WriteMap(map, writer);
                if (path is null)
                {
                    throw new ArgumentException("--format vosviewer needs --out FILE (the map; the links go to FILE.network.txt)");
                }

                using (var links = new StreamWriter(path + ".network.txt"))
                {
                    VosViewerWriter.WriteNetwork(map, links);
                }

                break;
            case "graphml":
                GraphMlWriter.Write(map, writer);
                break;
            case "gexf":
                GexfWriter.Write(map, writer);
                break;
            case "pajek":
                PajekWriter.Write(map, writer);
                break;
            default:
                throw new ArgumentException($"--format: unknown value '{format}' (use json|vosviewer|graphml|gexf|pajek)");
        }
    }

    private static T Choice<T>(string value, string option)
        where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new ArgumentException($"{option}: unknown value '{value}' (use {string.Join("|", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))})");
}
