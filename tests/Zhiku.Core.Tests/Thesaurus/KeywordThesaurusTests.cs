using Zhiku.Access;
using Zhiku.Analytics.Networks;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Curation;
using Zhiku.Search;
using Zhiku.Tests.Support;
using Zhiku.Thesaurus;

namespace Zhiku.Tests.Thesaurus;

/// <summary>
/// Golden tests on ScientoPy's 2017 Scopus sample (921 records), where the Internet of Things is six keywords of one
/// co-word map: INTERNET OF THINGS, IOT, INTERNET OF THINGS (IOT), INTERNET-OF-THINGS, INTERNET OF THING and THE
/// INTERNET OF THINGS.
/// </summary>
public sealed class KeywordThesaurusTests : IDisposable
{
    private static readonly string File = SharedData.Path("bibliographic/scopus/scientopy_2017.csv");

    private static readonly string[] IotForms =
        ["INTERNET OF THINGS", "IOT", "INTERNET OF THINGS (IOT)", "INTERNET-OF-THINGS", "INTERNET OF THING", "THE INTERNET OF THINGS"];

    private readonly TempDataDirectory _dir = new();
    private readonly KnowledgeBase _kb;
    private readonly ThesaurusCuration _thesaurus;

    public KeywordThesaurusTests()
    {
        _kb = _dir.Open();
        _kb.Import([File], new ImportOptions());
        _thesaurus = new ThesaurusCuration(_kb);
    }

    public void Dispose()
    {
        _kb.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public void The_sample_has_the_six_Internet_of_Things_forms_as_six_nodes_of_the_coword_map()
    {
        Assert.Equal(IotForms.Order(StringComparer.Ordinal), IotNodes());
    }

    [Fact]
    public void The_six_Internet_of_Things_forms_are_proposed_as_one_group_with_their_evidence()
    {
        var proposed = _thesaurus.Propose(Caller.Owner, "curator");

        var iot = proposed.Where(e => e.Preferred.Equals("INTERNET OF THINGS", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Subset(iot.Select(e => e.Variant.ToUpperInvariant()).ToHashSet(), IotForms.Skip(1).ToHashSet());
        // The other spellings of the sample join the group too, and no neighbouring term does.
        Assert.Subset(iot.Select(e => e.Variant.ToUpperInvariant()).ToHashSet(), new HashSet<string> { "IOT( INTERNET OF THINGS)", "INTERNET OF THING (IOT)" });
        Assert.DoesNotContain(iot, e => e.Variant.Contains("GATEWAY", StringComparison.OrdinalIgnoreCase) || e.Variant.Contains("INDUSTRIAL", StringComparison.OrdinalIgnoreCase));
        Assert.All(iot, e => Assert.Equal(ThesaurusTerms.Proposed, e.Status));
        ThesaurusEntry Of(string form) => iot.Single(e => e.Variant.Equals(form, StringComparison.OrdinalIgnoreCase));
        Assert.Equal((ThesaurusTerms.Acronym, "rule:parenthesised-acronym"), (Of("IOT").Kind, Of("IOT").Origin));
        Assert.Equal(ThesaurusTerms.Spelling, Of("INTERNET-OF-THINGS").Kind);
        Assert.Equal("rule:hyphen", Of("INTERNET-OF-THINGS").Origin);
        Assert.Equal("rule:article", Of("THE INTERNET OF THINGS").Origin);
        Assert.Equal("rule:plural", Of("INTERNET OF THING").Origin);
        Assert.Equal("rule:parenthesised-acronym", Of("INTERNET OF THINGS (IOT)").Origin);
        // The evidence: how many works use the variant, and the preferred term (more than any variant).
        Assert.All(iot, e => Assert.True(e.Evidence[0].Works >= 1 && e.Evidence[1].Works > e.Evidence[0].Works, $"{e.Variant}: {e.Evidence[0]} / {e.Evidence[1]}"));
    }

    [Fact]
    public void Proposals_do_not_apply_until_accepted_and_a_second_run_proposes_nothing_twice()
    {
        var first = _thesaurus.Propose(Caller.Owner, "curator");

        Assert.NotEmpty(first);
        Assert.Equal(IotForms.Length, IotNodes().Count);
        Assert.Empty(_thesaurus.Propose(Caller.Owner, "curator"));
    }

    [Fact]
    public void Accepting_the_group_makes_the_Internet_of_Things_one_node_and_removing_it_brings_the_nodes_back()
    {
        var iot = _thesaurus.Propose(Caller.Owner, "curator").Where(e => e.Preferred.Equals("INTERNET OF THINGS", StringComparison.OrdinalIgnoreCase)).ToList();

        foreach (var entry in iot)
        {
            _thesaurus.Accept(Caller.Owner, entry.Id, "curator");
        }

        Assert.Equal(["INTERNET OF THINGS"], IotNodes());
        _thesaurus.Reject(Caller.Owner, iot.Single(e => e.Variant.Equals("IOT", StringComparison.OrdinalIgnoreCase)).Id, "curator");
        _thesaurus.Remove(iot.Single(e => e.Variant.Equals("INTERNET-OF-THINGS", StringComparison.OrdinalIgnoreCase)).Id);
        Assert.Equal(["INTERNET OF THINGS", "INTERNET-OF-THINGS", "IOT"], IotNodes());
    }

    [Fact]
    public void A_query_for_the_acronym_finds_the_works_keyed_with_the_expansion_once_the_pair_is_accepted()
    {
        var before = Total("keyword:IOT");
        var expansion = Total("keyword:\"internet of things\"");

        _thesaurus.Add("IOT", "Internet of Things", ThesaurusTerms.Acronym, "curator");

        var after = Total("keyword:IOT");
        Assert.True(after > before && after >= expansion, $"IOT found {before} works before, {after} after; the expansion alone {expansion}");
        Assert.Equal(after, Total("keyword:\"internet of things\""));
    }

    [Fact]
    public void The_keyword_facet_counts_the_variants_under_their_preferred_term_and_filters_on_all_forms()
    {
        var before = Facet();
        var label = before.Keys.First(k => k.Equals("Internet of Things", StringComparison.OrdinalIgnoreCase));
        var filteredBefore = Filtered(label);

        _thesaurus.Add("IoT", label, ThesaurusTerms.Acronym, "curator");

        var after = Facet();
        Assert.Contains(before.Keys, k => k.Equals("IoT", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(after.Keys, k => k.Equals("IoT", StringComparison.OrdinalIgnoreCase));
        Assert.True(after[label] > before[label], $"{label}: {before[label]} → {after[label]}");
        Assert.True(Filtered(label) > filteredBefore, $"the facet filter found {filteredBefore} works before");
    }

    [Fact]
    public void The_keyword_facet_counts_a_work_that_carries_two_forms_of_one_term_once()
    {
        // Works of the sample keyed with both INTERNET OF THINGS and IOT: the facet counted each of them twice.
        var both = Total("keyword:\"internet of things\" AND keyword:IOT");
        Assert.True(both > 0, "the sample has works keyed with both forms");

        _thesaurus.Add("IOT", "INTERNET OF THINGS", ThesaurusTerms.Acronym, "curator");

        // The facet keeps the spellings in capitals and in title case apart; together they count each work once.
        var counted = Facet().Where(p => p.Key.Equals("Internet of Things", StringComparison.OrdinalIgnoreCase)).Sum(p => p.Value);
        // The facet's filter on the term finds the works with any of its forms: the count must be that many.
        Assert.Equal(Filtered("INTERNET OF THINGS"), counted);
    }

    [Fact]
    public void A_pair_that_would_make_a_cycle_or_names_one_term_twice_is_refused_saying_why()
    {
        _thesaurus.Add("IOT", "INTERNET OF THINGS", ThesaurusTerms.Acronym, "curator");

        var cycle = Assert.Throws<ThesaurusException>(() => _thesaurus.Add("Internet of things", "iot", ThesaurusTerms.Synonym, "curator"));
        var same = Assert.Throws<ThesaurusException>(() => _thesaurus.Add("Big data", "BIG  DATA", ThesaurusTerms.Synonym, "curator"));
        var kind = Assert.Throws<ThesaurusException>(() => _thesaurus.Add("AI", "artificial intelligence", "abbreviation", "curator"));
        Assert.Equal(("cycle", "same-term", "bad-kind"), (cycle.Code, same.Code, kind.Code));
        Assert.Contains("synonym, acronym, spelling, zh-en", kind.Message, StringComparison.Ordinal);
    }

    private List<string> IotNodes()
    {
        var works = _kb.Read(Caller.Owner).WorksForAnalysis(null).Works;
        var run = NetworkAnalysis.Compute(works, new NetworkRequest { Type = "coword", MinOccurrences = 1 });
        return [.. run.Map.Labels.Where(l => IotForms.Contains(l, StringComparer.Ordinal)).Order(StringComparer.Ordinal)];
    }

    private IReadOnlyDictionary<string, int> Facet() =>
        _kb.Read(Caller.Owner).Search(new SearchRequest { Query = "*", Limit = 0, FacetSize = 400 }).Facets["keyword"];

    private int Filtered(string keyword) => _kb.Read(Caller.Owner).Search(
        new SearchRequest { Query = "*", Limit = 0, Filters = new Dictionary<string, string> { ["keyword"] = keyword } }).Total;

    private int Total(string query) => _kb.Read(Caller.Owner).Search(new SearchRequest { Query = query, Limit = 0 }).Total;
}
