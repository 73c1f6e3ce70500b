using System.Globalization;
using Zhiku.Accounts;
using Zhiku.Importing.Pipeline;
using Zhiku.Model;
using Zhiku.Storage;

namespace Zhiku.Benchmarks.Soak;

/// <summary>
/// <c>soak [--data DIR] [--minutes 10 | --seconds S] [--connections 8] [--warm-up SECONDS] [--no-uploads]</c>: the platform served from
/// a process of its own under mixed load on loopback for a long time. Passes with no error at all and memory flat after
/// the warm-up (the server's resident set grows by less than 10% from the first to the last tenth of the measured part).
/// </summary>
internal static class SoakBenchmark
{
    private const string Organisation = "Soak Test Organisation";

    public static int Run(string[] args)
    {
        var options = SoakOptions.Parse(args);
        var data = options.Data ?? Seed();
        var token = Token(data);
        var log = Path.Combine(Path.GetTempPath(), $"zhiku-soak-server-{Environment.ProcessId}.log");
        Console.WriteLine($"soak: {options.Duration.TotalMinutes:0.##} min, {options.Connections} connections{(options.Uploads ? string.Empty : ", no uploads")}, warm-up {options.WarmUp.TotalSeconds:0} s, data {data}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cpus, load {File.ReadAllText("/proc/loadavg").Trim()}, {DateTime.UtcNow:yyyy-MM-ddTHH:mmZ}; server log {log}");
        using var server = SoakServer.StartAsync(data, log).GetAwaiter().GetResult();
        var load = new SoakLoad(server.Address, token, options.Seed, options.Uploads);
        var samples = new List<(double Seconds, double MiB)>();
        var started = DateTime.UtcNow;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                lock (samples)
                {
                    samples.Add(((DateTime.UtcNow - started).TotalSeconds, server.ResidentMiB()));
                }

                await Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None);
            }
        });
        var heaps = new List<(double Seconds, HeapSample Heap, double Anonymous, double File)>();
        var heapSampler = Task.Run(async () =>
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
            while (!sampling.IsCancellationRequested)
            {
                if (await server.HeapAsync(http) is { } heap)
                {
                    var (anonymous, file) = server.ResidentSplitMiB();
                    lock (heaps)
                    {
                        heaps.Add(((DateTime.UtcNow - started).TotalSeconds, heap, anonymous, file));
                    }
                }

                await Task.Delay(TimeSpan.FromSeconds(20), CancellationToken.None);
            }
        });
        load.RunAsync(options.Connections, options.Duration).GetAwaiter().GetResult();
        sampling.Cancel();
        sampler.GetAwaiter().GetResult();
        heapSampler.GetAwaiter().GetResult();
        ReportHeap(heaps, samples, options);
        var elapsed = (DateTime.UtcNow - started).TotalSeconds;
        var alive = !server.HasExited;
        Console.WriteLine($"load end: {File.ReadAllText("/proc/loadavg").Trim()}; server {(alive ? "running" : "EXITED")}");
        return Report(load, samples, options, elapsed, alive);
    }

    private static int Report(SoakLoad load, List<(double Seconds, double MiB)> samples, SoakOptions options, double elapsed, bool alive)
    {
        var total = load.Latencies.Values.Sum(l => l.Count);
        Console.WriteLine($"requests {total:N0} in {elapsed:0} s ({total / elapsed:0.0}/s), uploads {load.Uploads}, errors {load.Errors}");
        Console.WriteLine($"{"kind",-16}{"count",9}{"p50 ms",9}{"p95 ms",9}{"p99 ms",9}{"max ms",9}");
        foreach (var (kind, bag) in load.Latencies.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var sorted = bag.Order().ToArray();
            double P(double q) => sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
            Console.WriteLine($"{kind,-16}{sorted.Length,9}{P(0.5),9:0}{P(0.95),9:0}{P(0.99),9:0}{sorted[^1],9:0}");
        }

        foreach (var error in load.FirstErrors)
        {
            Console.WriteLine("error: " + error);
        }

        var measured = samples.Where(s => s.Seconds >= options.WarmUp.TotalSeconds && s.MiB > 0).ToList();
        if (measured.Count < 10)
        {
            Console.WriteLine("memory: too few samples after the warm-up to judge");
            return load.Errors == 0 && alive ? 0 : 1;
        }

        var tenth = Math.Max(1, measured.Count / 10);
        var first = measured.Take(tenth).Average(s => s.MiB);
        var last = measured.TakeLast(tenth).Average(s => s.MiB);
        var (slope, _) = Fit(measured);
        var peak = samples.Max(s => s.MiB);
        var growth = (last - first) / first;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"memory (server RSS): at warm-up end {measured[0].MiB:0} MiB; first tenth after warm-up {first:0} MiB, last tenth {last:0} MiB ({growth:+0.0%;-0.0%}); slope {slope * 60:+0.0;-0.0} MiB/min; peak {peak:0} MiB"));
        var flat = growth < 0.10;
        Console.WriteLine($"verdict: {(load.Errors == 0 && alive && flat ? "PASS" : "FAIL")} (errors {load.Errors}, memory {(flat ? "flat" : "growing")})");
        return load.Errors == 0 && alive && flat ? 0 : 1;
    }

    // The managed heap after a full collection beside the resident set, about once a minute, and its growth after the warm-up.
    private static void ReportHeap(List<(double Seconds, HeapSample Heap, double Anonymous, double File)> heaps, List<(double Seconds, double MiB)> samples, SoakOptions options)
    {
        const double MiB = 1 << 20;
        Console.WriteLine($"{"s",6}{"RSS MiB",9}{"anon",7}{"file",7}{"live MiB",10}{"heap MiB",10}{"committed",11}{"fragmented",12}{"gen2",6}");
        var lastPrinted = double.MinValue;
        foreach (var (seconds, heap, anonymous, file) in heaps)
        {
            if (seconds - lastPrinted < 55 && heap != heaps[^1].Heap)
            {
                continue;
            }

            lastPrinted = seconds;
            var rss = samples.Where(s => s.MiB > 0).MinBy(s => Math.Abs(s.Seconds - seconds)).MiB;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{seconds,6:0}{rss,9:0}{anonymous,7:0}{file,7:0}{heap.LiveBytes / MiB,10:0.0}{heap.HeapBytes / MiB,10:0.0}{heap.CommittedBytes / MiB,11:0.0}{heap.FragmentedBytes / MiB,12:0.0}{heap.Gen2Collections,6}"));
        }

        var measured = heaps.Where(h => h.Seconds >= options.WarmUp.TotalSeconds).Select(h => (h.Seconds, MiB: h.Heap.LiveBytes / MiB)).ToList();
        if (measured.Count >= 4)
        {
            var (slope, _) = Fit(measured);
            var half = measured.Count / 2;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"memory (server live heap after a full GC): first half after warm-up {measured.Take(half).Average(m => m.MiB):0.0} MiB, second half {measured.Skip(half).Average(m => m.MiB):0.0} MiB; slope {slope * 60:+0.00;-0.00} MiB/min"));
        }
    }

    // Least-squares line through the samples: MiB per second and intercept.
    private static (double Slope, double Intercept) Fit(List<(double Seconds, double MiB)> points)
    {
        var mx = points.Average(p => p.Seconds);
        var my = points.Average(p => p.MiB);
        var sxx = points.Sum(p => (p.Seconds - mx) * (p.Seconds - mx));
        var slope = sxx == 0 ? 0 : points.Sum(p => (p.Seconds - mx) * (p.MiB - my)) / sxx;
        return (slope, my - (slope * mx));
    }

    // A temporary data directory with the shared bibliographic exports and the State Council policies, all public.
    private static string Seed()
    {
        var shared = SharedLocator.Find() ?? throw new InvalidOperationException("soak: the shared data folder was not found (set ZHIKU_SHARED) and no --data was given");
        var data = Path.Combine(Path.GetTempPath(), "zhiku-soak-" + Guid.NewGuid().ToString("N")[..8]);
        using var kb = Zhiku.Knowledge.KnowledgeBase.Open(new DataDirectory(data));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var report = kb.Import(
            [Path.Combine(shared, "data", "bibliographic"), Path.Combine(shared, "data", "documents", "cn-policy")],
            new ImportOptions { Owner = Organisation, Access = AccessLevel.Public });
        Console.WriteLine($"seeded {data}: {report.Imported} works imported ({report.Merged} merged, {report.Rejected} rejected) in {watch.Elapsed.TotalSeconds:0} s");
        return data;
    }

    // An analyst of the soak organisation with a fresh API token (uploads need one).
    private static string Token(string data)
    {
        using var store = KnowledgeStore.Open(new DataDirectory(data), recoverInterrupted: false);
        using var accounts = AccountStore.Open(store);
        var org = store.EnsureOrganisation(Organisation);
        var user = accounts.FindByName("soak-analyst")
            ?? accounts.CreateUser(org, "soak-analyst", "Soak analyst", UserRole.Analyst, Zhiku.Web.Accounts.Passwords.Hash(Zhiku.Web.Accounts.Passwords.Generate()));
        return accounts.CreateToken(user.Id, "soak benchmark");
    }
}
