using System.Diagnostics;
using Zhiku.Analytics;
using Zhiku.Analytics.Bursts;
using Zhiku.Analytics.Networks.Build;
using Zhiku.Analytics.Networks.Clustering;
using Zhiku.Analytics.Networks.Layout;

namespace Zhiku.Benchmarks.Analytics;

/// <summary>
/// Co-word network of synthetic records (100,000 unless --records) (<see cref="KeywordCorpus"/>): network build and Leiden/modularity,
/// side by side with python3-igraph's community_leiden on the same graph when available; then Kleinberg burst
/// detection over 10,000 terms × 30 slices.
/// </summary>
internal static class AnalyticsBenchmark
{
    /// <summary>
    /// Options: [shared-dir] [--records N] [--seeds S] [--leiden 2,-1,2x3] [--top N] [--no-igraph]; --leiden lists our
    /// settings (iterations, −1 until stable, "x" random starts); igraph always runs its default 2 iterations and −1.
    /// </summary>
    public static int Run(string[] args)
    {
        var options = BenchmarkOptions.Parse(args);
        var shared = options.Shared ?? SharedLocator.Find();
        if (shared is null)
        {
            Console.Error.WriteLine("shared/data not found; pass the shared directory or set ZHIKU_SHARED");
            return 1;
        }

        Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {Environment.ProcessorCount} cpus; {CpuModel()}; load {LoadAverage()}");
        var vocabulary = KeywordCorpus.Vocabulary(shared);
        var records = KeywordCorpus.Records(vocabulary.Count, options.Records, 200, seed: 1);
        Console.WriteLine($"corpus: {records.Count:N0} records, {records.Sum(r => r.Length):N0} keyword uses, vocabulary {vocabulary.Count:N0} (real WoS/Scopus keywords)");

        // Warm-up on a small slice so JIT time is not counted.
        NetworkClustering.Cluster(CoOccurrence.Build(records[..2000], vocabulary.Count).Graph, new ClusteringOptions());

        var stopwatch = Stopwatch.StartNew();
        var network = CoOccurrence.Build(records, vocabulary.Count);
        var build = stopwatch.Elapsed.TotalSeconds;
        var graph = network.Graph;
        Console.WriteLine($"build:  {build:F3} s  ({graph.NodeCount:N0} nodes, {graph.EdgeCount:N0} edges, total weight {graph.TotalWeight:N0})");

        LeidenComparison.Run(graph, options.Seeds, options.Settings, options.Igraph);
        Layout(records, network, options.Top);
        Bursts();
        Console.WriteLine($"load at the end: {LoadAverage()}");
        return 0;
    }

    /// <summary>VOS layout of the N most frequent keywords' network (the layout's repulsion is all-pairs, so maps are drawn on a top-N selection).</summary>
    private static void Layout(List<int[]> records, CoOccurrenceNetwork network, int top)
    {
        var keep = Enumerable.Range(0, network.Occurrences.Count).OrderByDescending(i => network.Occurrences[i]).Take(top).ToArray();
        var index = new Dictionary<int, int>();
        for (var k = 0; k < keep.Length; k++)
        {
            index[keep[k]] = k;
        }

        var stopwatch = Stopwatch.StartNew();
        var sub = CoOccurrence.Build([.. records.Select(r => r.Where(index.ContainsKey).Select(i => index[i]).ToArray())], keep.Length);
        var weights = SimilarityNormalization.Normalize(sub, Similarity.VosAssociationStrength);
        var build = stopwatch.Elapsed.TotalSeconds;
        stopwatch.Restart();
        var layout = VosLayout.Compute(weights, new LayoutOptions { Seed = 1 });
        Console.WriteLine($"layout (VOS, top {top:N0} nodes, {weights.EdgeCount:N0} edges): {stopwatch.Elapsed.TotalSeconds:F3} s  (+{build:F3} s sub-network), quality {layout.Quality:G6}");
    }

    private static void Bursts()
    {
        const int terms = 10_000, slices = 30;
        var random = new SeededRandom(2);
        var documents = Enumerable.Range(0, slices).Select(t => 2000 + (100 * t) + random.Next(500)).ToArray();
        var series = new List<TermSeries>(terms);
        for (var i = 0; i < terms; i++)
        {
            var rate = 0.001 + (0.05 * random.NextDouble() * random.NextDouble());
            var burstStart = random.Next(slices);
            var burstLength = random.NextDouble() < 0.3 ? 1 + random.Next(5) : 0;
            var r = new int[slices];
            for (var t = 0; t < slices; t++)
            {
                var p = t >= burstStart && t < burstStart + burstLength ? rate * 3 : rate;
                r[t] = (int)Math.Round(documents[t] * p * (0.8 + (0.4 * random.NextDouble())));
            }

            series.Add(new TermSeries($"term{i}", r, documents));
        }

        var labels = Enumerable.Range(1995, slices).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        BurstDetection.Run(series[..100], labels, new BurstOptions());
        var stopwatch = Stopwatch.StartNew();
        var report = BurstDetection.Run(series, labels, new BurstOptions());
        Console.WriteLine($"bursts: {stopwatch.Elapsed.TotalSeconds:F3} s  ({terms:N0} terms × {slices} slices, {report.Bursts.Count:N0} bursts)");
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown cpu"
            : "unknown cpu";
}
