using Zhiku.Benchmarks.Segmentation;

return args.FirstOrDefault() switch
{
    "segment" => SegmentationBenchmark.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Zhiku.Benchmarks <command> [options]\ncommands:\n  segment [shared-dir]   Chinese segmentation throughput, ours vs jieba.NET");
    return 2;
}
