using System.Diagnostics;
using System.Globalization;
using Zhiku.Access;
using Zhiku.Benchmarks.KnowledgeBase;
using Zhiku.Search.Suggesting;
using Zhiku.Storage;

namespace Zhiku.Benchmarks.Suggest;

/// <summary>
/// Search-suggestion latency as typing produces it: every prefix (1 to 6 characters) of 40 Chinese and English words,
/// for the data owner, an anonymous visitor and a member of the owning organisation (access filter on).
/// </summary>
internal static class SuggestBenchmark
{
    private static readonly string[] Words =
    [
        "监管", "营商环境", "科技创新", "高质量发展", "学科建设", "中医药", "数字经济", "人工智能", "乡村振兴", "知识产权",
        "财政政策", "智库", "文化", "社会保障", "金融风险", "城镇化", "对外开放", "人才", "艺术", "教育",
        "science", "bibliometrics", "citation", "machine", "climate", "monetary", "labor", "health", "innovation", "productivity",
        "inflation", "smith", "trade", "governance", "poverty", "patents", "energy", "pensions", "banking", "entrepreneurship",
    ];

    public static int Run(string[] args)
    {
        var data = CorpusGenerator.Arg(args, "--data") ?? Path.Combine("bench-data", "pipeline");
        var rounds = int.Parse(CorpusGenerator.Arg(args, "--rounds") ?? "5", CultureInfo.InvariantCulture);
        var organisation = long.Parse(CorpusGenerator.Arg(args, "--org") ?? "1", CultureInfo.InvariantCulture);
        using var kb = Zhiku.Knowledge.KnowledgeBase.Open(new DataDirectory(data));
        var suggester = new SearchSuggester(kb.Index);
        var prefixes = Words.SelectMany(w => Enumerable.Range(1, Math.Min(6, w.Length)).Select(n => w[..n])).Distinct(StringComparer.Ordinal).ToArray();
        var callers = new (string Name, Caller Caller)[]
        {
            ("owner", Caller.Owner),
            ("anonymous", Caller.Anonymous),
            ("member", new Caller { OrganisationId = organisation, SharingOrganisations = [], MaySeeRestricted = false }),
        };
        Console.WriteLine($"{kb.Index.Count:N0} documents; {prefixes.Length} prefixes × {rounds} rounds; {Environment.ProcessorCount} cpus; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        foreach (var prefix in prefixes)
        {
            suggester.Suggest(prefix, Caller.Anonymous); // warm-up
        }

        foreach (var (name, caller) in callers)
        {
            var times = new List<double>();
            var byPrefix = new Dictionary<string, double>(StringComparer.Ordinal);
            var empty = 0;
            foreach (var _ in Enumerable.Range(0, rounds))
            {
                foreach (var prefix in prefixes)
                {
                    var watch = Stopwatch.StartNew();
                    var found = suggester.Suggest(prefix, caller);
                    times.Add(watch.Elapsed.TotalMilliseconds);
                    byPrefix[prefix] = Math.Max(byPrefix.GetValueOrDefault(prefix), watch.Elapsed.TotalMilliseconds);
                    empty += found.Count == 0 ? 1 : 0;
                }
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-10} p50 {times[times.Count / 2],6:F2} ms  p95 {times[(int)(times.Count * 0.95)],6:F2} ms  p99 {times[(int)(times.Count * 0.99)],6:F2} ms  max {times[^1],7:F2} ms  empty {empty / rounds}/{prefixes.Length}"));
            Console.WriteLine("  slowest: " + string.Join(", ", byPrefix.OrderByDescending(p => p.Value).Take(6).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value:F1} ms"))));
        }

        return 0;
    }
}
