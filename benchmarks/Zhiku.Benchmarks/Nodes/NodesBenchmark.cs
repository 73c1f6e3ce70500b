using System.Diagnostics;
using System.Globalization;
using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Nodes;
using Zhiku.Search;
using Zhiku.Storage;
using Zhiku.Storage.Dialects;
using Zhiku.Testing.Postgres;
using KB = Zhiku.Knowledge.KnowledgeBase;

namespace Zhiku.Benchmarks.Nodes;

/// <summary>
/// Many nodes on one PostgreSQL store (a throwaway cluster): node A imports a corpus, a new node B with an empty data
/// directory builds its replica from the store (catch-up time), then B follows A's small imports (notification to
/// searchable on B, median and p95).
/// </summary>
internal static class NodesBenchmark
{
    public static int Run(string[] args)
    {
        var corpus = Option(args, "--corpus") ?? throw new ArgumentException("--corpus DIR is required");
        var rounds = int.Parse(Option(args, "--rounds") ?? "20", CultureInfo.InvariantCulture);
        var work = Path.Combine(Path.GetTempPath(), "zhiku-nodes-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {Environment.ProcessorCount} cpus; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        using var cluster = PostgresCluster.Start("zhiku-nodes-bench");
        var store = cluster.ConnectionString();
        try
        {
            var clock = Stopwatch.StartNew();
            using var a = Open(Path.Combine(work, "a"), store);
            var report = a.Import([corpus], new ImportOptions());
            Console.WriteLine($"node A imports {report.Imported:N0} works into PostgreSQL: {clock.Elapsed.TotalSeconds:F1} s");

            clock.Restart();
            using var b = Open(Path.Combine(work, "b"), store);
            var state = b.IndexState();
            Console.WriteLine($"new node B builds its replica from the store: {state.Documents:N0} documents in {clock.Elapsed.TotalSeconds:F1} s "
                + $"({state.Documents / clock.Elapsed.TotalSeconds:N0} documents/s)");

            var follower = new StoreFollower(b);
            using var stop = new CancellationTokenSource();
            var following = follower.RunAsync(stop.Token);
            while (!follower.Status.Listening)
            {
                Thread.Sleep(10);
            }

            var latencies = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                var marker = "nodeprobe" + (char)('a' + (round % 26)) + (char)('a' + (round / 26));
                var file = Path.Combine(work, $"probe-{round}.ris");
                File.WriteAllText(file, $"TY  - JOUR\nTI  - {marker} of many nodes\nPY  - 2026\nER  - \n");
                a.Import([file], new ImportOptions());
                var acknowledged = Stopwatch.StartNew();
                while (b.Read(Caller.Owner).Search(new SearchRequest { Query = marker }).Total == 0)
                {
                    Thread.Sleep(2);
                }

                latencies.Add(acknowledged.Elapsed.TotalMilliseconds);
            }

            stop.Cancel();
            following.GetAwaiter().GetResult();
            latencies.Sort();
            Console.WriteLine($"A's import acknowledged → searchable on B ({rounds} rounds): median {latencies[latencies.Count / 2]:F0} ms, "
                + $"p95 {latencies[(int)Math.Ceiling(latencies.Count * 0.95) - 1]:F0} ms, max {latencies[^1]:F0} ms");
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static KB Open(string folder, string store) =>
        Zhiku.Knowledge.KnowledgeBase.Open(KnowledgeStore.Open(new DataDirectory(folder), new PostgresDialect(store)));

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
