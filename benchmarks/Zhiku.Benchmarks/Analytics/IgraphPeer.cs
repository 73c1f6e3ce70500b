using System.Diagnostics;
using System.Globalization;
using Zhiku.Analytics.Networks.Graph;

namespace Zhiku.Benchmarks.Analytics;

/// <summary>Runs python3-igraph's community_leiden (objective modularity) on the same graph, written to a temporary edge file.</summary>
internal static class IgraphPeer
{
    private const string Script = """
        import sys, time, igraph
        g = igraph.Graph.Read_Ncol(sys.argv[1], weights=True, directed=False)
        for iterations in (2, -1):
            t = time.perf_counter()
            p = g.community_leiden(objective_function="modularity", weights="weight", n_iterations=iterations)
            s = time.perf_counter() - t
            print(iterations, s, g.modularity(p.membership, weights="weight"), len(p))
        """;

    /// <summary>The python with igraph, or null.</summary>
    public static string? FindPython()
    {
        foreach (var python in new[] { "python3", "/usr/bin/python3" })
        {
            try
            {
                using var process = Process.Start(new ProcessStartInfo(python, ["-c", "import igraph"]) { RedirectStandardError = true });
                process!.WaitForExit();
                if (process.ExitCode == 0)
                {
                    return python;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
            }
        }

        return null;
    }

    /// <summary>Per iteration setting (2, −1): seconds, modularity, clusters.</summary>
    public static List<(int Iterations, double Seconds, double Modularity, int Clusters)> Run(string python, WeightedGraph graph)
    {
        var edges = Path.GetTempFileName();
        var script = Path.GetTempFileName();
        try
        {
            using (var writer = new StreamWriter(edges))
            {
                for (var i = 0; i < graph.NodeCount; i++)
                {
                    for (var k = graph.Offsets[i]; k < graph.Offsets[i + 1]; k++)
                    {
                        if (graph.Neighbors[k] > i)
                        {
                            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i} {graph.Neighbors[k]} {graph.Weights[k]:R}"));
                        }
                    }
                }
            }

            File.WriteAllText(script, Script);
            using var process = Process.Start(new ProcessStartInfo(python, [script, edges]) { RedirectStandardOutput = true })!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(' ')).Select(p => (
                int.Parse(p[0], CultureInfo.InvariantCulture), double.Parse(p[1], CultureInfo.InvariantCulture),
                double.Parse(p[2], CultureInfo.InvariantCulture), int.Parse(p[3], CultureInfo.InvariantCulture)))];
        }
        finally
        {
            File.Delete(edges);
            File.Delete(script);
        }
    }
}
