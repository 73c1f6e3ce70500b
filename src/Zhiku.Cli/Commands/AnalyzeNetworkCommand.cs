using System.CommandLine;
using System.Globalization;
using Zhiku.Analytics.Networks;
using Zhiku.Analytics.Networks.Export;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku analyze network</c>: a bibliographic network of the works a query finds, clustered, labelled, laid out and exported.</summary>
internal static class AnalyzeNetworkCommand
{
    public static Command Create(CliContext context)
    {
        var scope = new AnalyzeOptions();
        var request = new RequestOptions<NetworkRequest>();
        var format = new Option<string>("--format") { Description = "json|vosviewer|graphml|gexf|pajek", DefaultValueFactory = _ => "json" };
        var output = new Option<string?>("--out") { Description = "Write the network to FILE (vosviewer: FILE is the map, FILE.network.txt the links)" };
        var command = new Command("network", "Co-word, co-authorship, institution, country, co-citation, coupling or direct citation network with clusters and layout")
        {
            format, output,
        };
        scope.AddTo(command);
        request.AddTo(command);
        command.SetAction(parse => context.Guard(() =>
        {
            var bound = request.Bind(parse);
            bound.Parameters();
            using var kb = context.Open(parse);
            var works = scope.Works(kb, parse).Works;
            var run = NetworkAnalysis.Compute(works, bound);
            var (map, clustering) = (run.Map, run.Clustering);
            var chosen = parse.GetValue(format)!;
            var path = parse.GetValue(output);
            if (chosen == "json")
            {
                var document = NetworkAnalysis.Document(works.Count, run);
                if (path is null)
                {
                    context.Output.WriteLine(document.ToJsonString(indented: true));
                    return 0;
                }

                File.WriteAllText(path, document.ToJsonString(indented: true) + Environment.NewLine);
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
}
