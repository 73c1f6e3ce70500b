using System.Diagnostics;
using System.Globalization;
using Zhiku.Access;
using Zhiku.Search;
using Zhiku.Storage;

namespace Zhiku.Benchmarks.KnowledgeBase;

/// <summary>
/// Where the time of a search goes: the 100 benchmark queries run as the query alone, with facets, with snippets and
/// with both, interleaved query by query so that a busy machine slows every variant alike. The differences of the
/// summed medians are the cost of facets and of snippets; garbage collections are counted per variant.
/// </summary>
internal static class SearchStagesBenchmark
{
    private static readonly (string Name, bool Snippets, int Facets)[] Variants =
        [("query only", false, 0), ("+ facets", false, 10), ("+ snippets", true, 0), ("full", true, 10)];

    public static int Run(string[] args)
    {
        var data = CorpusGenerator.Arg(args, "--data") ?? Path.Combine("bench-data", "pipeline");
        var rounds = int.Parse(CorpusGenerator.Arg(args, "--rounds") ?? "5", CultureInfo.InvariantCulture);
        using var kb = Zhiku.Knowledge.KnowledgeBase.Open(new DataDirectory(data));
        kb.SearchCacheEntries = 0; // every search computed: the rounds repeat the queries
        var queries = SearchBenchmark.Chinese.Concat(SearchBenchmark.English).ToArray();
        Console.WriteLine($"{kb.Index.Count:N0} documents; {queries.Length} queries × {rounds} rounds × {Variants.Length} variants; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        foreach (var query in queries)
        {
            kb.Read(Caller.Anonymous).Search(new SearchRequest { Query = query });
        }

        var times = new double[Variants.Length, queries.Length, rounds];
        var collections = new int[Variants.Length, 3];
        for (var round = 0; round < rounds; round++)
        {
            for (var q = 0; q < queries.Length; q++)
            {
                for (var v = 0; v < Variants.Length; v++)
                {
                    var before = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
                    var watch = Stopwatch.StartNew();
                    kb.Read(Caller.Anonymous).Search(new SearchRequest { Query = queries[q], IncludeSnippets = Variants[v].Snippets, FacetSize = Variants[v].Facets });
                    times[v, q, round] = watch.Elapsed.TotalMilliseconds;
                    for (var g = 0; g < 3; g++)
                    {
                        collections[v, g] += GC.CollectionCount(g) - before[g];
                    }
                }
            }
        }

        for (var v = 0; v < Variants.Length; v++)
        {
            var medians = Enumerable.Range(0, queries.Length)
                .Select(q => Enumerable.Range(0, rounds).Select(r => times[v, q, r]).Order().ElementAt(rounds / 2)).ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Variants[v].Name,-12} sum of medians {medians.Sum(),8:F1} ms  mean {medians.Average(),6:F2} ms  max {medians.Max(),7:F1} ms  GCs gen0/1/2 {collections[v, 0]}/{collections[v, 1]}/{collections[v, 2]}"));
        }

        return 0;
    }
}
