using Microsoft.Data.Sqlite;
using Zhiku.Access;
using Zhiku.Knowledge.Reading;
using Zhiku.Model;
using Zhiku.Search;
using Zhiku.Search.Indexing;
using Zhiku.Storage;

namespace Zhiku.Tests.Access;

/// <summary>
/// Visibility is defined once (<see cref="AccessScope"/>): the C# check, the SQL condition and the Lucene filter are
/// translations of it, and the read paths (search, details, statistics, recent imports) must agree with all three for
/// every caller, access level and entity kind.
/// </summary>
public sealed class VisibilityAgreementTests(VisibilityFixture f) : IClassFixture<VisibilityFixture>
{
    /// <summary>Callers and the works they see: "X:levels" per owner; every caller sees every owner's public works.</summary>
    public static TheoryData<string, string> Callers => new()
    {
        { "owner", "A:public,shared,internal,restricted B:public,shared,internal,restricted P:public,shared,internal,restricted" },
        { "anonymous", "A:public B:public P:public" },
        { "viewer of A", "A:public,shared,internal B:public,shared P:public" },
        { "analyst of A", "A:public,shared,internal B:public,shared P:public" },
        { "manager of A", "A:public,shared,internal,restricted B:public,shared P:public" },
        { "administrator of A", "A:public,shared,internal,restricted B:public,shared P:public" },
        { "analyst of B", "A:public B:public,shared,internal P:public" },
        { "administrator of B", "A:public B:public,shared,internal,restricted P:public" },
        { "analyst of P", "A:public,shared B:public P:public,shared,internal" },
        { "analyst of C", "A:public B:public P:public" },
    };

    [Theory]
    [MemberData(nameof(Callers))]
    public void Works_visible_to_a_caller_are_the_same_by_the_check_the_sql_the_index_and_every_read_path(string who, string expected)
    {
        var caller = f.Caller(who);
        var scope = caller.Scope;
        var rows = Rows("works");

        var byCheck = rows.Where(r => scope.Allows(r.Owner, r.Level)).Select(r => r.Id).ToHashSet();
        var bySql = Ids($"SELECT x.id FROM works x WHERE {AccessSql.Visible(scope, "x")}");
        var byIndex = f.Kb.Read(caller).Search(new SearchRequest { Query = "*", Limit = 1000, IncludeSnippets = false }).Hits
            .Select(h => WorkIds.Parse(h.Id)!.Value).ToHashSet();
        var byDetails = rows.Where(r => f.Kb.Read(caller).Work(WorkIds.Format(r.Id)) is not null).Select(r => r.Id).ToHashSet();

        Assert.Equal(expected, Describe(rows.Where(r => byCheck.Contains(r.Id))));
        Assert.Equal(Sorted(byCheck), Sorted(bySql));
        Assert.Equal(Sorted(byCheck), Sorted(byIndex));
        Assert.Equal(Sorted(byCheck), Sorted(byDetails));
        Assert.Equal(byCheck.Count, f.Kb.Read(caller).Statistics().Works);
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public void People_organisations_and_projects_visible_to_a_caller_agree_between_the_check_the_sql_and_the_read_paths(string who, string expected)
    {
        _ = expected;
        var caller = f.Caller(who);
        var scope = caller.Scope;
        var works = Rows("works").ToDictionary(w => w.Id);
        var authorships = Pairs("SELECT person_id, work_id FROM authorships WHERE person_id IS NOT NULL");

        var people = Rows("people");
        var peopleByCheck = people.Where(p => scope.AllowsPerson(p.Owner, p.Level,
            authorships.Where(a => a.Left == p.Id).Select(a => (works[a.Right].Owner!.Value, works[a.Right].Level)))).Select(p => p.Id).ToHashSet();
        var organisations = Rows("organisations");
        var organisationsByCheck = organisations.Where(o => scope.Allows(o.Owner, o.Level)).Select(o => o.Id).ToHashSet();
        var projects = Rows("projects");
        var projectsByCheck = projects.Where(r => scope.Allows(r.Owner, r.Level)).Select(r => r.Id).ToHashSet();

        Assert.Equal(Sorted(peopleByCheck), Sorted(Ids($"SELECT p.id FROM people p WHERE {AccessSql.People(scope)}")));
        Assert.Equal(Sorted(peopleByCheck), Sorted(people.Where(p => f.Kb.Read(caller).Person(EntityIds.Format(EntityIds.Person, p.Id)) is not null).Select(p => p.Id)));
        Assert.Equal(Sorted(organisationsByCheck), Sorted(Ids($"SELECT x.id FROM organisations x WHERE {AccessSql.Visible(scope, "x")}")));
        Assert.Equal(Sorted(organisationsByCheck), Sorted(organisations.Where(o => f.Kb.Read(caller).Organisation(EntityIds.Format(EntityIds.Organisation, o.Id)) is not null).Select(o => o.Id)));
        Assert.Equal(Sorted(projectsByCheck), Sorted(Ids($"SELECT x.id FROM projects x WHERE {AccessSql.Visible(scope, "x")}")));
        Assert.Equal(Sorted(projectsByCheck), Sorted(projects.Where(r => f.Kb.Read(caller).Project(EntityIds.Format(EntityIds.Project, r.Id)) is not null).Select(r => r.Id)));
        var statistics = f.Kb.Read(caller).Statistics();
        Assert.Equal((peopleByCheck.Count, organisationsByCheck.Count, projectsByCheck.Count), (statistics.People, statistics.Organisations, statistics.Projects));
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public void Import_batches_visible_to_a_caller_agree_between_the_check_the_sql_and_recent_imports(string who, string expected)
    {
        _ = expected;
        var caller = f.Caller(who);
        var scope = caller.Scope;
        var batches = Rows("batches");

        var byCheck = batches.Where(b => scope.AllowsBatch(b.Owner!.Value)).Select(b => b.Id).ToHashSet();
        Assert.Equal(Sorted(byCheck), Sorted(Ids($"SELECT b.id FROM batches b WHERE {AccessSql.Batches(scope)}")));
        Assert.Equal(Sorted(byCheck), Sorted(f.Kb.Read(caller).RecentImports(limit: 1000).Select(b => b.Id)));
    }

    [Fact]
    public void The_callers_see_seven_different_sets_of_works_so_agreement_is_not_trivial()
    {
        var views = Callers.Select(row => (string)row[0])
            .Select(who => string.Join(',', f.Kb.Read(f.Caller(who)).Search(new SearchRequest { Query = "*", Limit = 1000, IncludeSnippets = false }).Hits.Select(h => h.Id).Order(StringComparer.Ordinal)))
            .Distinct(StringComparer.Ordinal).Count();

        Assert.Equal(7, views);
        Assert.Equal(12, Rows("works").Count);
    }

    private List<Row> Rows(string table)
    {
        using var cmd = f.Kb.Store.Connection.CreateCommand();
        cmd.CommandText = $"SELECT id, owner_org, access FROM {table}";
        using var reader = cmd.ExecuteReader();
        var rows = new List<Row>();
        while (reader.Read())
        {
            rows.Add(new Row(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt64(1), AccessLevels.Parse(reader.GetString(2))));
        }

        return rows;
    }

    private HashSet<long> Ids(string sql) => [.. Pairs(sql.Replace(".id FROM", ".id, 0 FROM", StringComparison.Ordinal)).Select(p => p.Left)];

    private List<(long Left, long Right)> Pairs(string sql)
    {
        using var cmd = f.Kb.Store.Connection.CreateCommand();
        cmd.CommandText = sql;
        using var reader = cmd.ExecuteReader();
        var pairs = new List<(long, long)>();
        while (reader.Read())
        {
            pairs.Add((reader.GetInt64(0), reader.GetInt64(1)));
        }

        return pairs;
    }

    private string Describe(IEnumerable<Row> works)
    {
        var letters = f.Organisations.ToDictionary(p => p.Value, p => p.Key);
        return string.Join(' ', works.GroupBy(w => letters[w.Owner!.Value]).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key + ":" + string.Join(',', g.Select(w => w.Level).Order().Select(AccessLevels.Name))));
    }

    private static List<long> Sorted(IEnumerable<long> ids) => [.. ids.Order()];

    private sealed record Row(long Id, long? Owner, AccessLevel Level);
}
