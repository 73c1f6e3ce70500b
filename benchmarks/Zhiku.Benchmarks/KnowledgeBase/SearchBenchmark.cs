using System.Diagnostics;
using System.Globalization;
using Zhiku.Access;
using Zhiku.Search;
using Zhiku.Storage;

namespace Zhiku.Benchmarks.KnowledgeBase;

/// <summary>
/// Search latency over 100 realistic queries in Chinese and English — words, phrases, fields, year ranges, boolean
/// operators, facet filters — each returning 10 highlighted hits and six facets, on a built knowledge base.
/// </summary>
internal static class SearchBenchmark
{
    internal static readonly string[] Chinese =
    [
        "监管", "营商环境", "科技创新", "高质量发展", "艺术学理论", "学科建设", "中医药", "政府工作报告", "数字经济", "人工智能",
        "乡村振兴", "生态环境保护", "知识产权", "财政政策", "国有企业改革", "\"放管服\"改革", "title:意见", "标题:通知", "关键词:艺术", "作者:王",
        "机构:国务院", "类型:政策 year:[2015 TO 2020]", "创新 AND 发展", "改革 OR 开放", "教育 NOT 高等", "智库", "文化", "市场 监管", "经济 增长", "社会保障",
        "科技 政策", "文献学", "艺术史", "音乐", "设计", "民族", "理论 研究", "环境", "就业", "金融风险",
        "year:[2018 TO 2020] 监管", "来源:艺术百家", "医疗", "农业", "交通", "能源", "安全生产", "城镇化", "对外开放", "人才",
    ];

    internal static readonly string[] English =
    [
        "science policy", "bibliometrics", "citation analysis", "\"research evaluation\"", "machine learning", "climate change", "monetary policy", "labor market",
        "health insurance", "trade", "innovation", "productivity growth", "title:inflation", "author:smith", "source:scientometrics", "keyword:bibliometrics",
        "kind:report", "year:[2000 TO 2010] tax", "china AND trade", "education OR schooling", "immigration NOT labor", "internet of things", "governance", "development",
        "poverty", "exchange rates", "interest rates", "patents", "co-citation", "h-index", "peer review", "open access",
        "social networks", "financial crisis", "public debt", "minimum wage", "defense budget", "afghanistan", "congress", "appropriations",
        "energy", "agriculture", "pensions", "banking regulation", "venture capital", "entrepreneurship", "firm dynamics", "asset pricing",
        "\"economic growth\"", "health",
    ];

    public static int Run(string[] args)
    {
        var data = CorpusGenerator.Arg(args, "--data") ?? Path.Combine("bench-data", "pipeline");
        var rounds = int.Parse(CorpusGenerator.Arg(args, "--rounds") ?? "5", CultureInfo.InvariantCulture);
        using var kb = Zhiku.Knowledge.KnowledgeBase.Open(new DataDirectory(data));
        kb.SearchCacheEntries = 0; // every search computed: the rounds repeat the queries
        var queries = Chinese.Concat(English).ToArray();
        var snippets = !args.Contains("--no-snippets");
        var facetSize = args.Contains("--no-facets") ? 0 : 10;
        Console.WriteLine($"{kb.Index.Count:N0} documents; {queries.Length} queries × {rounds} rounds; {Environment.ProcessorCount} cpus; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");

        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var query in queries)
        {
            totals[query] = kb.Read(Caller.Owner).Search(new SearchRequest { Query = query }).Total; // warm-up
        }

        var all = new List<double>();
        var chinese = new List<double>();
        var english = new List<double>();
        foreach (var round in Enumerable.Range(0, rounds))
        {
            foreach (var query in queries)
            {
                var caller = round % 2 == 0 ? Caller.Owner : Caller.Anonymous;
                var watch = Stopwatch.StartNew();
                kb.Read(caller).Search(new SearchRequest { Query = query, IncludeSnippets = snippets, FacetSize = facetSize });
                var ms = watch.Elapsed.TotalMilliseconds;
                all.Add(ms);
                (Chinese.Contains(query) ? chinese : english).Add(ms);
            }
        }

        Print("all queries", all);
        Print("Chinese queries", chinese);
        Print("English queries", english);
        foreach (var (query, ms) in Slowest(queries, all, 8))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  slow: {ms,7:F1} ms  {totals[query],9:N0} hits  {query}"));
        }
        Console.WriteLine($"median hits per query: {totals.Values.Order().ElementAt(totals.Count / 2):N0}; queries with no hit: {totals.Count(t => t.Value == 0)}");
        return 0;
    }

    // The slowest queries by their median time over the rounds.
    private static IEnumerable<(string Query, double Ms)> Slowest(string[] queries, List<double> all, int n) =>
        queries.Select((q, i) => (q, all.Where((_, k) => k % queries.Length == i).Order().ElementAt(all.Count / queries.Length / 2)))
            .OrderByDescending(p => p.Item2).Take(n);

    private static void Print(string what, List<double> ms)
    {
        var sorted = ms.Order().ToArray();
        double P(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-16} n={sorted.Length,4}  p50 {P(0.50),7:F1} ms  p95 {P(0.95),7:F1} ms  p99 {P(0.99),7:F1} ms  max {sorted[^1],7:F1} ms"));
    }
}
