using System.Diagnostics;
using System.Globalization;
using Zhiku.Analytics.Networks.Graph;

namespace Zhiku.Benchmarks.Analytics;

/// <summary>
/// A python3-igraph process holding the same graph (vertex ids = our node ids, read once from a temporary edge file),
/// answering one community_leiden(objective modularity) run per request so that its runs interleave with ours.
/// </summary>
internal sealed class IgraphPeer : IDisposable
{
    private const string Script = """
        import sys, time, random, igraph
        n = int(sys.argv[2])
        edges, weights = [], []
        with open(sys.argv[1]) as f:
            for line in f:
                a, b, w = line.split()
                edges.append((int(a), int(b)))
                weights.append(float(w))
        g = igraph.Graph(n=n, edges=edges, directed=False)
        g.es["weight"] = weights
        del edges, weights
        print("ready", igraph.__version__, flush=True)
        for line in sys.stdin:
            iterations, seed = map(int, line.split())
            random.seed(seed)
            t, c = time.perf_counter(), time.process_time()
            p = g.community_leiden(objective_function="modularity", weights="weight", n_iterations=iterations)
            s, c = time.perf_counter() - t, time.process_time() - c
            q = g.modularity(p.membership, weights="weight")
            print(repr(s), repr(c), repr(q), " ".join(map(str, p.membership)), flush=True)
        """;

    private readonly Process process;
    private readonly string script;

    private IgraphPeer(Process process, string script, string version)
    {
        this.process = process;
        this.script = script;
        Version = version;
    }

    public string Version { get; }

    /// <summary>Starts the peer on the graph, or returns null when no python has igraph.</summary>
    public static IgraphPeer? Start(WeightedGraph graph)
    {
        var python = FindPython();
        if (python is null)
        {
            return null;
        }

        var edges = Path.GetTempFileName();
        var script = Path.GetTempFileName();
        try
        {
            using (var writer = new StreamWriter(edges))
            {
                for (var i = 0; i < graph.NodeCount; i++)
                {
                    if (graph.SelfLoops[i] > 0)
                    {
                        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i} {i} {graph.SelfLoops[i]:R}"));
                    }

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
            var info = new ProcessStartInfo(python, [script, edges, graph.NodeCount.ToString(CultureInfo.InvariantCulture)])
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
            };
            var process = Process.Start(info)!;
            var ready = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("igraph peer failed to start");
            return new IgraphPeer(process, script, ready.Split(' ')[1]);
        }
        finally
        {
            File.Delete(edges);
        }
    }

    /// <summary>One run: wall and CPU seconds, igraph's own modularity, and its membership (node → cluster).</summary>
    public (double Seconds, double CpuSeconds, double Modularity, int[] Membership) Run(int iterations, int seed)
    {
        process.StandardInput.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{iterations} {seed}"));
        process.StandardInput.Flush();
        var parts = (process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("igraph peer stopped")).Split(' ');
        var membership = new int[parts.Length - 3];
        for (var i = 0; i < membership.Length; i++)
        {
            membership[i] = int.Parse(parts[i + 3], CultureInfo.InvariantCulture);
        }

        return (Number(parts[0]), Number(parts[1]), Number(parts[2]), membership);
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    public void Dispose()
    {
        process.StandardInput.Close();
        process.WaitForExit();
        process.Dispose();
        File.Delete(script);
    }

    private static string? FindPython()
    {
        foreach (var python in new[] { "python3", "/usr/bin/python3" })
        {
            try
            {
                using var probe = Process.Start(new ProcessStartInfo(python, ["-c", "import igraph"]) { RedirectStandardError = true });
                probe!.WaitForExit();
                if (probe.ExitCode == 0)
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
}
