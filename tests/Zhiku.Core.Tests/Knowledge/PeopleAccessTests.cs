using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Reading;
using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Knowledge;

/// <summary>
/// People created from the authors of works are visible only where one of their works is (or where a registry made
/// them public), and show only the affiliations of the works the caller may see. The corpus: a restricted record of
/// 甲研究院 (A) by a hidden author and a known one, an internal record of 乙智库 (B) by its own author, a public record of A
/// by the known author again, and a public registry of one expert without works.
/// </summary>
public sealed class PeopleAccessFixture : IDisposable
{
    public PeopleAccessFixture()
    {
        Kb = Directory.Open();
        Kb.Import([Ris("restricted.ris", "Restricted study of quantum sensing", ("Hidden, Harriet", "Secret Laboratory of A"), ("Known, Kim", "Secret Laboratory of A"))],
            new ImportOptions { Owner = "甲研究院", Access = AccessLevel.Restricted });
        Kb.Import([Ris("internal.ris", "Internal memo on battery supply chains", ("Inner, Ingrid", "Battery Desk of B"))],
            new ImportOptions { Owner = "乙智库", Access = AccessLevel.Internal });
        Kb.Import([Ris("public.ris", "Open report on think tank evaluation", ("Known, Kim", "Open Institute"))],
            new ImportOptions { Owner = "甲研究院", Access = AccessLevel.Public });
        var registry = Directory.File("experts.csv");
        File.WriteAllText(registry, "姓名,工作单位,研究领域\n王registry,公开研究所,科技政策\n");
        Kb.Import([registry], new ImportOptions { Owner = "甲研究院", Access = AccessLevel.Public });
        A = Kb.Store.FindOrganisation("甲研究院")!.Value;
        B = Kb.Store.FindOrganisation("乙智库")!.Value;
    }

    public TempDataDirectory Directory { get; } = new();

    public KnowledgeBase Kb { get; }

    public long A { get; }

    public long B { get; }

    /// <summary>The person id of an author as the owner sees it on the work with the given title word.</summary>
    public string PersonId(string titleWord, string author)
    {
        var hit = Kb.Read(Zhiku.Access.Caller.Owner).Search(new Zhiku.Search.SearchRequest { Query = titleWord }).Hits.Single();
        return Kb.Read(Zhiku.Access.Caller.Owner).Work(hit.Id)!.Authorships.Single(a => a.Name == author).PersonId!;
    }

    public Caller Caller(string who) => who switch
    {
        "anonymous" => Zhiku.Access.Caller.Anonymous,
        "analyst of A" => new() { OrganisationId = A },
        "manager of A" => new() { OrganisationId = A, MaySeeRestricted = true },
        "analyst of B" => new() { OrganisationId = B },
        "manager of B" => new() { OrganisationId = B, MaySeeRestricted = true },
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    private string Ris(string name, string title, params (string Name, string Affiliation)[] authors)
    {
        var path = Directory.File(name);
        File.WriteAllText(path, $"TY  - RPRT\nTI  - {title}\n"
            + string.Concat(authors.Select(a => $"AU  - {a.Name}\nAD  - {a.Affiliation}\n")) + "PY  - 2021\nER  - \n");
        return path;
    }

    public void Dispose()
    {
        Kb.Dispose();
        Directory.Dispose();
    }
}

public sealed class PeopleAccessTests(PeopleAccessFixture f) : IClassFixture<PeopleAccessFixture>
{
    [Theory]
    [InlineData("anonymous", false)]
    [InlineData("analyst of A", false)]
    [InlineData("manager of A", true)]
    [InlineData("manager of B", false)]
    public void The_author_of_a_restricted_work_is_visible_only_to_who_may_see_the_work(string who, bool visible)
    {
        var person = f.Kb.Read(f.Caller(who)).Person(f.PersonId("quantum", "Hidden, Harriet"));

        Assert.Equal(visible, person is not null);
    }

    [Theory]
    [InlineData("anonymous", false)]
    [InlineData("analyst of A", false)]
    [InlineData("manager of A", false)]
    [InlineData("analyst of B", true)]
    public void The_author_of_another_organisation_s_internal_work_is_hidden_from_other_organisations(string who, bool visible)
    {
        var person = f.Kb.Read(f.Caller(who)).Person(f.PersonId("battery", "Inner, Ingrid"));

        Assert.Equal(visible, person is not null);
    }

    [Fact]
    public void An_author_of_a_public_and_a_restricted_work_shows_only_the_visible_work_s_affiliation_and_works()
    {
        var id = f.PersonId("quantum", "Known, Kim");

        var anonymous = f.Kb.Read(f.Caller("anonymous")).Person(id)!;
        var manager = f.Kb.Read(f.Caller("manager of A")).Person(id)!;

        Assert.Equal(id, f.PersonId("evaluation", "Known, Kim"));
        Assert.Equal(["Open Institute"], anonymous.Affiliations);
        Assert.DoesNotContain("Secret Laboratory of A", anonymous.Record?.Affiliations ?? []);
        Assert.Equal(1, anonymous.WorkCount);
        Assert.Empty(anonymous.CoAuthors);
        Assert.Contains("Secret Laboratory of A", manager.Affiliations);
        Assert.Equal(2, manager.WorkCount);
    }

    [Theory]
    [InlineData("anonymous", 2)]
    [InlineData("analyst of A", 2)]
    [InlineData("manager of A", 3)]
    [InlineData("analyst of B", 3)]
    public void Dashboard_and_statistics_count_the_people_the_caller_may_see(string who, int people)
    {
        Assert.Equal(people, f.Kb.Read(f.Caller(who)).Counts().People);
        Assert.Equal(people, f.Kb.Read(f.Caller(who)).Statistics().People);
        Assert.Equal(4, f.Kb.Read(Caller.Owner).Statistics().People);
    }
}
