using System.Diagnostics;
using System.Globalization;
using Zhiku.Analytics.Networks.Clustering;
using Zhiku.Analytics.Networks.Graph;

namespace Zhiku.Benchmarks.Analytics;

/// <summary>
/// Leiden/modularity, ours beside python3-igraph's community_leiden, over several seeds on the same graph with the
/// runs interleaved (seed by seed) so that load changes hit both sides alike. Every partition's modularity, igraph's
/// included, is computed by <see cref="ClusterQuality.Modularity"/> (γ = 1) from its membership. Wall time and the
/// process's CPU time are both reported: on a loaded machine the CPU time is the steadier of the two.
/// </summary>
internal static class LeidenComparison
{
    public static void Run(WeightedGraph graph, int seeds, IReadOnlyList<LeidenSetting> settings, bool withIgraph)
    {
        using var peer = withIgraph ? IgraphPeer.Start(graph) : null;
        if (withIgraph && peer is null)
        {
            Console.WriteLine("leiden (igraph): python3-igraph not available");
        }

        int[] igraphIterations = [2, -1];
        var ours = settings.ToDictionary(s => s, _ => new List<Sample>());
        var theirs = igraphIterations.ToDictionary(i => i, _ => new List<Sample>());
        var disagreement = 0.0;

        // Warm-up of both sides (JIT, python imports), not counted.
        NetworkClustering.Cluster(graph, new ClusteringOptions { Iterations = 1, Seed = 0 });
        peer?.Run(1, 0);

        var stopwatch = new Stopwatch();
        for (var seed = 1; seed <= seeds; seed++)
        {
            foreach (var setting in settings)
            {
                // Random starts use consecutive seeds, so the runs' seeds are spaced apart.
                var options = new ClusteringOptions { Iterations = setting.Iterations, RandomStarts = setting.Starts, Seed = 1000L * seed };
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                stopwatch.Restart();
                var result = NetworkClustering.Cluster(graph, options);
                var seconds = stopwatch.Elapsed.TotalSeconds;
                var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                ours[setting].Add(new(seconds, cpuSeconds, ClusterQuality.Modularity(graph, result.Clusters), result.ClusterCount));
            }

            if (peer is null)
            {
                continue;
            }

            foreach (var iterations in igraphIterations)
            {
                var (seconds, cpuSeconds, own, membership) = peer.Run(iterations, seed);
                var q = ClusterQuality.Modularity(graph, membership);
                disagreement = Math.Max(disagreement, Math.Abs(q - own));
                theirs[iterations].Add(new(seconds, cpuSeconds, q, membership.Max() + 1));
            }
        }

        Console.WriteLine($"leiden/modularity, {seeds} seeds each; wall time and CPU time in s, Q by our modularity function (γ = 1): mean [min–max]");
        foreach (var (setting, runs) in ours)
        {
            Console.WriteLine(Line($"zhiku  {setting.Label}", runs));
        }

        if (peer is null)
        {
            return;
        }

        foreach (var (iterations, runs) in theirs)
        {
            Console.WriteLine(Line($"igraph {Label(iterations)}", runs));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"igraph {peer.Version}; largest |Q ours − Q igraph's own| over its partitions: {disagreement:E1}"));
        foreach (var (theirIterations, theirRuns) in theirs)
        {
            foreach (var (setting, runs) in ours)
            {
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"zhiku {setting.Label} vs igraph {Label(theirIterations)}: igraph/zhiku wall {theirRuns.Average(r => r.Seconds) / runs.Average(r => r.Seconds):F2}, cpu {theirRuns.Average(r => r.Cpu) / runs.Average(r => r.Cpu):F2}; mean ΔQ zhiku − igraph {runs.Average(r => r.Q) - theirRuns.Average(r => r.Q):+0.000000;-0.000000}"));
            }
        }
    }

    private static string Label(int iterations) => iterations < 0 ? "until stable" : $"{iterations} iterations";

    private static string Line(string name, List<Sample> runs) => string.Create(
        CultureInfo.InvariantCulture,
        $"  {name,-40} wall {runs.Average(r => r.Seconds):F3} [{runs.Min(r => r.Seconds):F3}–{runs.Max(r => r.Seconds):F3}]  cpu {runs.Average(r => r.Cpu):F3}  Q {runs.Average(r => r.Q):F6} [{runs.Min(r => r.Q):F6}–{runs.Max(r => r.Q):F6}]  clusters {runs.Average(r => r.Clusters):F1}");

    private sealed record Sample(double Seconds, double Cpu, double Q, int Clusters);
}
