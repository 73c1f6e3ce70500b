using System.Diagnostics;
using System.Text;
using System.Text.Json;
using JiebaNet.Segmenter;
using Zhiku.Text.Segmentation;

namespace Zhiku.Benchmarks.Segmentation;

/// <summary>
/// Segments the concatenated texts of the cn-policy JSONL files with <see cref="ChineseSegmenter"/> and jieba.NET
/// (accurate and search mode, HMM on): one warm-up each, then the median of three timed runs, in MB/s of UTF-8 input.
/// </summary>
internal static class SegmentationBenchmark
{
    private const int Runs = 3;

    public static int Run(string[] args)
    {
        var shared = args.FirstOrDefault() ?? SharedLocator.Find();
        if (shared is null)
        {
            Console.Error.WriteLine("shared/data not found; pass the shared directory or set ZHIKU_SHARED");
            return 1;
        }

        var text = LoadTexts(Path.Combine(shared, "data", "documents", "cn-policy"));
        var megabytes = Encoding.UTF8.GetByteCount(text) / 1e6;
        Console.WriteLine($"input: {megabytes:F2} MB UTF-8, {text.Length:N0} chars; {Environment.ProcessorCount} cpus; {DateTime.UtcNow:yyyy-MM-dd}");

        var stopwatch = Stopwatch.StartNew();
        var ours = ChineseSegmenter.Default;
        ours.Cut("预热");
        Console.WriteLine($"load: ours {stopwatch.ElapsedMilliseconds} ms");
        stopwatch.Restart();
        ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "Resources");
        var jieba = new JiebaSegmenter();
        jieba.Cut("预热").ToList();
        Console.WriteLine($"load: jieba.NET {stopwatch.ElapsedMilliseconds} ms");

        var tokens = new List<WordToken>();
        foreach (var (mode, jiebaCut) in new (SegmentMode, Func<string, int>)[]
        {
            (SegmentMode.Default, t => jieba.Cut(t, hmm: true).Count()),
            (SegmentMode.Search, t => jieba.CutForSearch(t, hmm: true).Count()),
        })
        {
            var offsets = Measure(() => { tokens.Clear(); ours.Segment(text, tokens, mode); return tokens.Count; });
            var strings = Measure(() => mode == SegmentMode.Default ? ours.Cut(text).Count : ours.CutForSearch(text).Count);
            var reference = Measure(() => jiebaCut(text));
            Console.WriteLine($"{mode,-8} ours (offsets) {megabytes / offsets.Seconds,7:F1} MB/s  {offsets.Count,9:N0} tokens");
            Console.WriteLine($"{mode,-8} ours (strings) {megabytes / strings.Seconds,7:F1} MB/s  {strings.Count,9:N0} tokens");
            Console.WriteLine($"{mode,-8} jieba.NET      {megabytes / reference.Seconds,7:F1} MB/s  {reference.Count,9:N0} tokens");
            Console.WriteLine($"{mode,-8} ratio          {reference.Seconds / offsets.Seconds,7:F1}x (offsets), {reference.Seconds / strings.Seconds:F1}x (strings)");
        }

        return 0;
    }

    private static (double Seconds, int Count) Measure(Func<int> run)
    {
        var count = run();
        var times = new double[Runs];
        for (var i = 0; i < Runs; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            count = run();
            times[i] = stopwatch.Elapsed.TotalSeconds;
        }

        Array.Sort(times);
        return (times[Runs / 2], count);
    }

    private static string LoadTexts(string directory)
    {
        var text = new StringBuilder();
        foreach (var file in new[] { "gov_cn_state_council_policies_2019.jsonl", "government_work_reports.jsonl" })
        {
            foreach (var line in File.ReadLines(Path.Combine(directory, file)))
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var body = root.TryGetProperty("text", out var t) ? t : root.GetProperty("content");
                text.Append(body.GetString()).Append('\n');
            }
        }

        return text.ToString();
    }
}
