using System.Diagnostics;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Spec;
using Zhiku.Evaluation.Uncertainty;

namespace Zhiku.Benchmarks.Evaluation;

/// <summary>
/// The issue-5 targets: 10,000 uncertainty replications of the ASEM example (COINr: 17.7 s for 100) and 1,000 units ×
/// 200 indicators through the full pipeline. One warm-up, then the median of three timed runs.
/// </summary>
internal static class EvaluationBenchmark
{
    public static int Run(string[] args)
    {
        var spec = args.FirstOrDefault() ?? FindSample();
        if (spec is null)
        {
            Console.Error.WriteLine("samples/evaluation/asem/asem.yaml not found; pass the spec path");
            return 1;
        }

        Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd}; {Environment.ProcessorCount} cpus; {CpuModel()}; {EngineInfo.Version}");
        var loaded = LoadedEvaluation.FromFile(spec);
        UncertaintyAnalysis.Run(loaded, 100, 1);
        var ua = Median(() => UncertaintyAnalysis.Run(loaded, 10_000, 1));
        Console.WriteLine($"uncertainty ASEM 10,000 replications (4 inputs): {ua:F2} s (target < 10 s; COINr 17.7 s per 100)");

        var synthetic = SyntheticEvaluation.Create(1_000, 200, seed: 42);
        var pipeline = new EvaluationPipeline(synthetic.Data, synthetic.Framework);
        pipeline.Run(synthetic.Steps);
        var full = Median(() => pipeline.Run(synthetic.Steps));
        Console.WriteLine($"full pipeline 1,000 units × 200 indicators: {full * 1000:F0} ms (target < 1000 ms)");
        return 0;
    }

    private static double Median(Action action)
    {
        var times = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalSeconds);
        }

        times.Sort();
        return times[1];
    }

    private static string? FindSample()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "evaluation", "asem", "asem.yaml");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : "unknown CPU";
}
