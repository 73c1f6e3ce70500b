using Zhiku.Benchmarks.Analytics;
using Zhiku.Benchmarks.Segmentation;

return args.FirstOrDefault() switch
{
    "segment" => SegmentationBenchmark.Run(args[1..]),
    "analytics" => AnalyticsBenchmark.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Zhiku.Benchmarks <command> [options]\ncommands:\n  segment [shared-dir]   Chinese segmentation throughput, ours vs jieba.NET\n  analytics [shared-dir] co-word network build, Leiden vs igraph, bursts");
    return 2;
}
