using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Model;
using Zhiku.Search;
using Zhiku.Search.Querying;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Registries;

/// <summary>People, organisations and projects searched with the works' syntax, on the NBER samples and the think-tank registry.</summary>
public sealed class EntitySearchTests(OrganisationLinkTests.NberCorpus corpus) : IClassFixture<OrganisationLinkTests.NberCorpus>
{
    private Zhiku.Search.Entities.EntitySearchResult Find(SearchEntity entity, string query, Caller? caller = null) =>
        corpus.Kb.Read(caller ?? Caller.Owner).SearchEntities(entity, new SearchRequest { Query = query, Limit = 20 });

    [Fact]
    public void A_person_is_found_by_name_with_the_works_they_wrote()
    {
        var result = Find(SearchEntity.People, "Chiswick");

        var barry = Assert.Single(result.Hits, h => h.Name == "Barry R Chiswick");
        Assert.Equal("person", barry.Kind);
        Assert.StartsWith("P", barry.Id, StringComparison.Ordinal);
        Assert.Equal("public", barry.Access);
        Assert.Equal(corpus.Kb.Read(Caller.Owner).Person(barry.Id)!.WorkCount, barry.Works);
        Assert.True(barry.Works > 0, $"{barry.Works} works");
    }

    [Fact]
    public void The_title_field_and_a_phrase_work_for_people_as_for_works()
    {
        Assert.Contains(Find(SearchEntity.People, "title:\"Barry R Chiswick\"").Hits, h => h.Name == "Barry R Chiswick");
        Assert.DoesNotContain(Find(SearchEntity.People, "title:\"Chiswick Barry\"").Hits, h => h.Name == "Barry R Chiswick");
    }

    [Fact]
    public void An_organisation_is_found_with_its_linked_works()
    {
        var nber = Assert.Single(Find(SearchEntity.Organisations, "\"National Bureau of Economic Research\"").Hits);

        Assert.Equal("organisation", nber.Kind);
        Assert.Equal(30_083, nber.Works);
    }

    [Fact]
    public void A_research_programme_is_found_as_a_project_with_its_papers()
    {
        var aging = Find(SearchEntity.Projects, "aging").Hits.Single(h => h.Name == "Economics of Aging");

        Assert.Equal("project", aging.Kind);
        Assert.Equal(corpus.Kb.Read(Caller.Owner).Project(aging.Id)!.WorkCount, aging.Works);
        Assert.True(aging.Works > 1000, $"{aging.Works} papers");
    }

    [Fact]
    public void A_search_without_words_lists_the_entities_with_most_works_first()
    {
        var result = Find(SearchEntity.Projects, "*");

        Assert.Equal(21, result.Total);
        Assert.Equal(result.Hits.Select(h => h.Works).OrderByDescending(w => w), result.Hits.Select(h => h.Works));
    }

    [Fact]
    public void Outputs_and_cases_find_nothing_until_registries_hold_them()
    {
        Assert.Equal(0, Find(SearchEntity.Outputs, "*").Total);
        Assert.Equal(0, Find(SearchEntity.Cases, "policy").Total);
    }

    [Fact]
    public void An_unknown_entity_names_the_parameter_and_the_allowed_values()
    {
        var e = Assert.Throws<SearchRequestException>(() => SearchRequestValues.Entity("experts"));

        Assert.Equal("entity", e.Field);
        Assert.Equal(["works", "people", "organisations", "projects", "outputs", "cases"], e.Choices);
        Assert.Equal(SearchEntity.Organisations, SearchRequestValues.Entity("Organizations"));
    }

    [Fact]
    public void A_query_mistake_is_the_same_mistake_as_in_a_works_search()
    {
        Assert.Throws<QuerySyntaxException>(() => Find(SearchEntity.People, "title:(chiswick"));
    }

    [Fact]
    public void An_author_of_a_restricted_work_is_found_only_by_those_who_may_see_the_work()
    {
        using var dir = new TempDataDirectory();
        using var kb = dir.Open();
        var works = dir.File("works.ris");
        File.WriteAllText(works, "TY  - RPRT\nTI  - Restricted study\nAU  - Zkhidden, Harriet\nPY  - 2021\nER  - \n");
        var open = dir.File("open.ris");
        File.WriteAllText(open, "TY  - RPRT\nTI  - Open study\nAU  - Zkopen, Olga\nPY  - 2021\nER  - \n");
        kb.Import([works], new ImportOptions { Owner = "甲研究院", Access = AccessLevel.Restricted });
        kb.Import([open], new ImportOptions());
        var request = new SearchRequest { Query = "zkhidden OR zkopen" };

        var anonymous = kb.Read(Caller.Anonymous).SearchEntities(SearchEntity.People, request);
        var owner = kb.Read(Caller.Owner).SearchEntities(SearchEntity.People, request);

        Assert.Equal(["Zkopen, Olga"], anonymous.Hits.Select(h => h.Name));
        Assert.Equal(1, anonymous.Total);
        Assert.Equal(2, owner.Total);
        Assert.All(owner.Hits, h => Assert.Equal(1, h.Works));
    }

    [Fact]
    public void A_person_seen_through_a_public_work_counts_only_the_works_the_caller_may_see()
    {
        using var dir = new TempDataDirectory();
        using var kb = dir.Open();
        var hidden = dir.File("hidden.ris");
        File.WriteAllText(hidden, "TY  - RPRT\nTI  - Restricted study\nAU  - Zkboth, Bo\nPY  - 2021\nER  - \n");
        var open = dir.File("open.ris");
        File.WriteAllText(open, "TY  - RPRT\nTI  - Open study\nAU  - Zkboth, Bo\nPY  - 2022\nER  - \n");
        kb.Import([hidden], new ImportOptions { Owner = "甲研究院", Access = AccessLevel.Restricted });
        kb.Import([open], new ImportOptions());

        var anonymous = Assert.Single(kb.Read(Caller.Anonymous).SearchEntities(SearchEntity.People, new SearchRequest { Query = "zkboth" }).Hits);
        var owner = Assert.Single(kb.Read(Caller.Owner).SearchEntities(SearchEntity.People, new SearchRequest { Query = "zkboth" }).Hits);

        Assert.Equal(1, anonymous.Works);
        Assert.Equal(2, owner.Works);
    }
}
