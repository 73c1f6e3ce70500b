using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Search;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Search;

/// <summary>The web platform searches on many threads at once: every search must see what it sees alone.</summary>
public sealed class ConcurrentSearchTests : IDisposable
{
    private static readonly string[] Queries =
        ["citation", "bibliometrics", "science", "research evaluation", "network", "文化", "艺术", "研究", "*", "h-index", "theory", "发展"];

    private readonly TempDataDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Searches_on_eight_threads_return_the_same_hits_facets_and_snippets_as_one_at_a_time()
    {
        using var kb = _directory.Open();
        kb.SearchCacheEntries = 0;
        kb.Import([SharedData.Path("bibliographic/wos/bibliometrixdata_scientometrics.txt")], new ImportOptions());
        kb.Import([SharedData.Path("bibliographic/cnki/citespace-converted/download_1-307.txt")], new ImportOptions());
        var expected = Queries.ToDictionary(q => q, q => Describe(kb.Read(Caller.Anonymous).Search(new SearchRequest { Query = q, FacetSize = 20 })));

        var mismatches = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 8 * 40, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var query = Queries[i % Queries.Length];
            var actual = Describe(kb.Read(Caller.Anonymous).Search(new SearchRequest { Query = query, FacetSize = 20 }));
            if (actual != expected[query])
            {
                mismatches.Add(query);
            }
        });

        Assert.Empty(mismatches);
        Assert.All(expected.Values, e => Assert.Contains("keyword=", e, StringComparison.Ordinal));
    }

    private static string Describe(SearchResult result) =>
        $"{result.Total}|{string.Join(",", result.Hits.Select(h => h.Id + ":" + h.Snippet))}|"
        + string.Join(";", result.Facets.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => f.Key + "=" + string.Join(",", f.Value.Select(v => v.Key + ":" + v.Value))));
}
