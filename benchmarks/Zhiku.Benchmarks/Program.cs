using Zhiku.Benchmarks.Evaluation;
using Zhiku.Benchmarks.Segmentation;

return args.FirstOrDefault() switch
{
    "segment" => SegmentationBenchmark.Run(args[1..]),
    "evaluate" => EvaluationBenchmark.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Zhiku.Benchmarks <command> [options]\ncommands:\n  segment [shared-dir]   Chinese segmentation throughput, ours vs jieba.NET\n  evaluate [spec]        ASEM uncertainty (10,000 runs) and 1,000 × 200 full pipeline");
    return 2;
}
