using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Search;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Search;

/// <summary>
/// The caller's access is part of every query. The corpus: 147 public WoS records of the home organisation, 60 policy
/// documents internal to 甲研究院 (A), 307 CNKI records restricted to A, and the 71 WoS records that 乙智库 (B) shares with
/// its partner A.
/// </summary>
public sealed class AccessFixture : IDisposable
{
    public AccessFixture()
    {
        Kb = Directory.Open();
        Kb.Import([SharedData.Path("bibliographic/wos/bibliometrixdata_scientometrics.txt")], new ImportOptions());
        Kb.Import([SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl")], new ImportOptions { Owner = "甲研究院", Access = AccessLevel.Internal });
        Kb.Import([SharedData.Path("bibliographic/cnki/citespace-converted/download_1-307.txt")], new ImportOptions { Owner = "甲研究院", Access = AccessLevel.Restricted });
        Kb.Import([SharedData.Path("bibliographic/wos-tab/scientopy_2026.txt")], new ImportOptions { Owner = "乙智库", Access = AccessLevel.Shared });
        A = Kb.Store.FindOrganisation("甲研究院")!.Value;
        B = Kb.Store.FindOrganisation("乙智库")!.Value;
        Kb.Store.AddPartner(B, A);
    }

    public TempDataDirectory Directory { get; } = new();

    public KnowledgeBase Kb { get; }

    public long A { get; }

    public long B { get; }

    public Caller Member(long org, bool manager = false) => new()
    {
        OrganisationId = org,
        MaySeeRestricted = manager,
        SharingOrganisations = Kb.Store.OrganisationsSharingWith(org),
    };

    public void Dispose()
    {
        Kb.Dispose();
        Directory.Dispose();
    }
}

public sealed class AccessTests(AccessFixture f) : IClassFixture<AccessFixture>
{
    private const int Public = 147, Internal = 60, Restricted = 307, Shared = 71;

    public static TheoryData<string, int> Callers => new()
    {
        { "owner", Public + Internal + Restricted + Shared },
        { "anonymous", Public },
        { "analyst of A", Public + Internal + Shared },
        { "manager of A", Public + Internal + Restricted + Shared },
        { "analyst of B", Public + Shared },
        { "analyst of C", Public },
    };

    [Theory]
    [MemberData(nameof(Callers))]
    public void Totals_facets_and_statistics_count_only_what_the_caller_may_see(string who, int visible)
    {
        var caller = Caller(who);

        var all = f.Kb.Read(caller).Search(new SearchRequest { Query = "*", Limit = 1000 });

        Assert.Equal(visible, all.Total);
        Assert.Equal(visible, all.Hits.Count);
        Assert.Equal(visible, all.Facets["kind"].Values.Sum());
        Assert.Equal(visible, f.Kb.Read(caller).Statistics().Works);
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public void Detail_pages_and_exports_hide_what_the_caller_may_not_see(string who, int visible)
    {
        var caller = Caller(who);
        var everything = f.Kb.Read(Kallers.Owner).Search(new SearchRequest { Query = "*", Limit = 1000, IncludeSnippets = false }).Hits;

        var readable = everything.Count(h => f.Kb.Read(caller).Work(h.Id) is not null);
        using var writer = new StringWriter();
        var exported = f.Kb.Read(caller).Export("jsonl", null, writer);

        Assert.Equal(visible, readable);
        Assert.Equal(visible, exported);
    }

    [Fact]
    public void A_word_only_in_restricted_records_finds_nothing_for_an_analyst_and_leaks_no_snippet()
    {
        var analyst = f.Kb.Read(Caller("analyst of A")).Search(new SearchRequest { Query = "艺术学理论" });
        var manager = f.Kb.Read(Caller("manager of A")).Search(new SearchRequest { Query = "艺术学理论" });

        Assert.Equal(0, analyst.Total);
        Assert.Empty(analyst.Facets["keyword"]);
        Assert.True(manager.Total > 50);
    }

    private Caller Caller(string who) => who switch
    {
        "owner" => Zhiku.Access.Caller.Owner,
        "anonymous" => Zhiku.Access.Caller.Anonymous,
        "analyst of A" => f.Member(f.A),
        "manager of A" => f.Member(f.A, manager: true),
        "analyst of B" => f.Member(f.B),
        "analyst of C" => f.Member(f.Kb.Store.EnsureOrganisation("丙大学")),
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    private static class Kallers
    {
        public static Caller Owner => Zhiku.Access.Caller.Owner;
    }
}
