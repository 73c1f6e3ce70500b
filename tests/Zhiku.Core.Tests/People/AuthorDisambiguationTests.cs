using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.People;
using Zhiku.Search;
using Zhiku.Search.Querying;
using Zhiku.Storage.People;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.People;

/// <summary>
/// Golden tests on bibliometrixData's scientometrics sample (147 WoS records), where Wolfgang Glänzel is three people
/// when imported (ORCID "Glanzel, Wolfgang", "Glaenzel, Wolfgang" and "Glanzel, W") and "Chen, Dar-Zen" two.
/// </summary>
public sealed class AuthorDisambiguationTests : IDisposable
{
    private static readonly string File = SharedData.Path("bibliographic/wos/bibliometrixdata_scientometrics.txt");

    private readonly TempDataDirectory _dir = new();
    private readonly KnowledgeBase _kb;
    private readonly PeopleCuration _curation;

    public AuthorDisambiguationTests()
    {
        _kb = _dir.Open();
        _kb.Import([File], new ImportOptions());
        _curation = new PeopleCuration(_kb);
    }

    public void Dispose()
    {
        _kb.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public void The_sample_holds_Glanzel_as_three_people_before_curation()
    {
        Assert.Equal(["Glaenzel, Wolfgang", "Glanzel, W", "Glanzel, Wolfgang"], Glanzels().Select(h => h.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_Glanzel_variants_are_proposed_as_one_person_with_a_high_score()
    {
        var candidates = _curation.Candidates(Caller.Owner);

        var glanzel = candidates.Where(c => c.Keep.Name.Contains("nzel", StringComparison.Ordinal)).ToList();
        var orcid = Glanzels().Single(h => h.Name == "Glanzel, Wolfgang").Id;
        Assert.Equal(3, glanzel.Count);
        Assert.Equal(candidates[0], glanzel[0]);
        Assert.Equal((orcid, "Glaenzel, Wolfgang", 1.0), (glanzel[0].Keep.Id, glanzel[0].Merge.Name, glanzel[0].Score));
        Assert.Contains(glanzel[0].Evidence, e => e.Kind == "co-authors" && e.Detail.Contains("Thijs", StringComparison.Ordinal));
        Assert.Contains(glanzel[0].Evidence, e => e.Kind == "affiliations" && e.Detail.Contains("Katholieke Univ Leuven", StringComparison.Ordinal));
        // "Glanzel, W" wrote one paper with another co-author; his own later papers cite it (self-citation).
        var initials = glanzel.Single(c => c.Keep.Id == orcid && c.Merge.Name == "Glanzel, W");
        Assert.True(initials.Score >= 0.6, $"score {initials.Score}");
        Assert.Contains(initials.Evidence, e => e.Kind == "citation");
        Assert.All(glanzel, c => Assert.Contains(c.Evidence, e => e.Kind.StartsWith("name-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Identical_full_names_are_proposed_and_the_one_with_an_ORCID_is_kept()
    {
        var chen = _curation.Candidates(Caller.Owner).Single(c => c.Keep.Name == "Chen, Dar-Zen" && c.Merge.Name == "Chen, Dar-Zen");

        Assert.Contains(chen.Evidence, e => e.Kind == NameMatch.Identical);
        Assert.Contains(chen.Evidence, e => e.Kind == "identifier" && e.Detail.Contains("0000-0002-7734-4835", StringComparison.Ordinal));
        Assert.True(chen.Score >= 0.5, $"score {chen.Score}");
    }

    [Fact]
    public void A_merge_makes_one_person_with_all_works_that_entity_search_finds_once()
    {
        var ids = Glanzels().ToDictionary(h => h.Name, h => h.Id);
        var keep = ids["Glanzel, Wolfgang"];
        var works = ids.Values.Sum(id => _kb.Read(Caller.Owner).Person(id)!.WorkCount);

        var first = _curation.Merge(Caller.Owner, keep, ids["Glaenzel, Wolfgang"], "curator");
        _curation.Merge(Caller.Owner, keep, ids["Glanzel, W"], "curator");

        var person = _kb.Read(Caller.Owner).Person(keep)!;
        Assert.Equal(5, works);
        Assert.Equal(works, person.WorkCount);
        Assert.Null(_kb.Read(Caller.Owner).Person(ids["Glanzel, W"]));
        var hit = Assert.Single(Glanzels());
        Assert.Equal((keep, works), (hit.Id, hit.Works));
        Assert.Equal(("curator", true, 1.0), (first.MergedBy, first.InForce, first.Score));
        Assert.DoesNotContain(_curation.Candidates(Caller.Owner), c => c.Keep.Name.Contains("nzel", StringComparison.Ordinal));
    }

    [Fact]
    public void A_merge_then_an_unmerge_round_trips_the_people_exactly()
    {
        var before = Snapshot();
        var ids = Glanzels().ToDictionary(h => h.Name, h => h.Id);

        var merge = _curation.Merge(Caller.Owner, ids["Glanzel, Wolfgang"], ids["Glaenzel, Wolfgang"], "curator");
        Assert.NotEqual(before, Snapshot());
        var undone = _curation.Unmerge(Caller.Owner, merge.Id, "second curator");

        Assert.Equal(before, Snapshot());
        Assert.Equal(("second curator", false), (undone.UnmergedBy, undone.InForce));
        Assert.Equal(3, Glanzels().Count);
        Assert.Contains(_curation.Candidates(Caller.Owner), c => c.Keep.Id == ids["Glanzel, Wolfgang"] && c.Merge.Id == ids["Glaenzel, Wolfgang"]);
    }

    [Fact]
    public void A_rejected_pair_is_not_proposed_again()
    {
        var chen = _curation.Candidates(Caller.Owner).First(c => c.Merge.Name == "Chen, Dar-Zen");

        _curation.Reject(Caller.Owner, chen.Merge.Id, chen.Keep.Id, "curator");

        Assert.DoesNotContain(_curation.Candidates(Caller.Owner), c => (c.Keep.Id, c.Merge.Id) == (chen.Keep.Id, chen.Merge.Id));
        Assert.Contains(_curation.Candidates(Caller.Owner), c => c.Merge.Name == "Chen, DZ");
    }

    [Fact]
    public void Mistaken_requests_name_the_problem_and_the_ids()
    {
        var ids = Glanzels().Select(h => h.Id).Order(StringComparer.Ordinal).ToList();
        var merge = _curation.Merge(Caller.Owner, ids[0], ids[1], "curator");
        _curation.Unmerge(Caller.Owner, merge.Id, "curator");

        Assert.Equal("same-person", Code(() => _curation.Merge(Caller.Owner, ids[0], ids[0], "c")));
        Assert.Equal("person-not-found", Code(() => _curation.Merge(Caller.Owner, ids[0], "P999999", "c")));
        Assert.Equal("merge-undone", Code(() => _curation.Unmerge(Caller.Owner, merge.Id, "c")));
        Assert.Equal("merge-not-found", Code(() => _curation.Unmerge(Caller.Owner, 4711, "c")));
        var e = Assert.Throws<PeopleCurationException>(() => _curation.Merge(Caller.Owner, ids[0], "P999999", "c"));
        Assert.Equal("there is no person P999999", e.Message);
    }

    [Fact]
    public void A_merge_is_undone_only_after_a_later_merge_of_the_kept_person()
    {
        var ids = Glanzels().ToDictionary(h => h.Name, h => h.Id);
        var inner = _curation.Merge(Caller.Owner, ids["Glaenzel, Wolfgang"], ids["Glanzel, W"], "c");
        var outer = _curation.Merge(Caller.Owner, ids["Glanzel, Wolfgang"], ids["Glaenzel, Wolfgang"], "c");

        var e = Assert.Throws<PeopleCurationException>(() => _curation.Unmerge(Caller.Owner, inner.Id, "c"));
        Assert.Equal("merge-blocked", e.Code);
        Assert.Contains($"merge {outer.Id}", e.Message, StringComparison.Ordinal);
        _curation.Unmerge(Caller.Owner, outer.Id, "c");
        _curation.Unmerge(Caller.Owner, inner.Id, "c");
        Assert.Equal(3, Glanzels().Count);
    }

    [Fact]
    public void Different_ORCIDs_forbid_a_merge_whatever_the_names_say()
    {
        var a = new PersonProfile(1, "Glanzel, Wolfgang") { Ids = { [IdSchemes.Orcid] = "0000-0001-7529-5198" } };
        var b = new PersonProfile(2, "Glanzel, Wolfgang") { Ids = { [IdSchemes.Orcid] = "0000-0002-0000-0000" } };
        var c = new PersonProfile(3, "Glanzel, Wolfgang");
        using var db = _kb.Store.OpenReader();
        var citations = new CitationLinks(db);

        Assert.Null(CandidateFinder.Score(a, b, [a, b, c], citations));
        Assert.NotNull(CandidateFinder.Score(a, c, [a, b, c], citations));
    }

    [Fact]
    public void A_visitor_gets_no_candidates_for_people_they_may_not_see()
    {
        using var dir = new TempDataDirectory();
        using var kb = dir.Open();
        kb.Import([File], new ImportOptions { Owner = "Tank", Access = AccessLevel.Internal });

        Assert.Empty(new PeopleCuration(kb).Candidates(Caller.Anonymous));
        Assert.Equal("person-not-found", Code(() => new PeopleCuration(kb).Merge(Caller.Anonymous, "P11", "P167", "c")));
        Assert.NotEmpty(new PeopleCuration(kb).Candidates(Caller.Owner));
    }

    private List<Zhiku.Search.Entities.EntityHit> Glanzels() =>
        [.. _kb.Read(Caller.Owner).SearchEntities(SearchEntity.People, new SearchRequest { Query = "Glanzel OR Glaenzel", Limit = 20 }).Hits];

    private string Snapshot()
    {
        using var db = _kb.Store.OpenReader();
        var people = PersonCurationRows.People(db, AccessScope.Of(Caller.Owner)).Select(p => p.ToString());
        var authorships = PersonCurationRows.Authorships(db, AccessScope.Of(Caller.Owner)).OrderBy(a => (a.WorkId, a.Position)).Select(a => a.ToString());
        var ids = PersonCurationRows.Identifiers(db).Order().Select(i => i.ToString());
        return string.Join('\n', people.Concat(authorships).Concat(ids));
    }

    private static string Code(Action action) => Assert.Throws<PeopleCurationException>(action).Code;
}
