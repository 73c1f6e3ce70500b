using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Model;
using Zhiku.Search;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Search;

/// <summary>Repeated searches are answered from the cache of recent results, never across callers or across imports.</summary>
public sealed class SearchCacheTests : IDisposable
{
    private readonly TempDataDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_repeated_search_is_answered_from_the_cache_with_the_same_result()
    {
        using var kb = _directory.Open();
        kb.Import([SharedData.Path("bibliographic/wos/bibliometrixdata_scientometrics.txt")], new ImportOptions());
        var request = new SearchRequest { Query = "citation" };

        var first = kb.Read(Caller.Anonymous).Search(request);
        var before = kb.SearchCacheStatistics;
        var second = kb.Read(Caller.Anonymous).Search(request with { });

        Assert.Equal(before.Hits + 1, kb.SearchCacheStatistics.Hits);
        Assert.Same(first, second);
        Assert.True(first.Total > 0);
    }

    [Fact]
    public void A_caller_who_sees_less_never_gets_the_result_computed_for_one_who_sees_more()
    {
        using var kb = _directory.Open();
        kb.Import([SharedData.Path("bibliographic/wos/bibliometrixdata_scientometrics.txt")], new ImportOptions());
        kb.Import([SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl")], new ImportOptions { Owner = "甲研究院", Access = AccessLevel.Internal });
        var request = new SearchRequest { Query = "*", Limit = 1 };

        var owner = kb.Read(Caller.Owner).Search(request);
        var anonymous = kb.Read(Caller.Anonymous).Search(request);

        Assert.Equal(147 + 60, owner.Total);
        Assert.Equal(147, anonymous.Total);
        Assert.Equal(147, anonymous.Facets["kind"].Values.Sum());
    }

    [Fact]
    public void An_import_drops_the_cached_results_so_the_next_search_sees_the_new_records()
    {
        using var kb = _directory.Open();
        kb.Import([SharedData.Path("bibliographic/wos/bibliometrixdata_scientometrics.txt")], new ImportOptions());
        var request = new SearchRequest { Query = "*", Limit = 1 };
        Assert.Equal(147, kb.Read(Caller.Anonymous).Search(request).Total);

        kb.Import([SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl")], new ImportOptions());

        Assert.Equal(147 + 60, kb.Read(Caller.Anonymous).Search(request).Total);
    }

    [Fact]
    public void Filters_sort_and_page_are_part_of_what_is_cached()
    {
        using var kb = _directory.Open();
        kb.Import([SharedData.Path("bibliographic/wos/bibliometrixdata_scientometrics.txt")], new ImportOptions());
        kb.Import([SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl")], new ImportOptions());
        var all = new SearchRequest { Query = "*", Limit = 5 };

        var everything = kb.Read(Caller.Anonymous).Search(all);
        var policies = kb.Read(Caller.Anonymous).Search(all with { Filters = new Dictionary<string, string> { ["kind"] = "policy-document" } });
        var second = kb.Read(Caller.Anonymous).Search(all with { Offset = 5 });
        var byDate = kb.Read(Caller.Anonymous).Search(all with { Sort = SearchSort.Date });

        Assert.Equal(207, everything.Total);
        Assert.Equal(60, policies.Total);
        Assert.Empty(second.Hits.Select(h => h.Id).Intersect(everything.Hits.Select(h => h.Id)));
        Assert.Equal(byDate.Hits.Select(h => h.Year ?? 0).OrderDescending(), byDate.Hits.Select(h => h.Year ?? 0));
    }

    [Fact]
    public void With_no_room_every_search_is_computed()
    {
        using var kb = _directory.Open();
        kb.SearchCacheEntries = 0;
        kb.Import([SharedData.Path("bibliographic/wos/bibliometrixdata_scientometrics.txt")], new ImportOptions());
        var request = new SearchRequest { Query = "citation" };

        var first = kb.Read(Caller.Anonymous).Search(request);
        var second = kb.Read(Caller.Anonymous).Search(request);

        Assert.NotSame(first, second);
        Assert.Equal(0, kb.SearchCacheStatistics.Hits);
        Assert.Equal(first.Hits.Select(h => h.Id), second.Hits.Select(h => h.Id));
    }
}
