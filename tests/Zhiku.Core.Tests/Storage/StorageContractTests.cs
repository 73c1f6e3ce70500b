using Zhiku.Access;
using Zhiku.Accounts;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Storage;
using Zhiku.Storage.Dialects;
using Zhiku.Testing.Postgres;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Storage;

/// <summary>
/// The storage contract on both stores: the same import, reads, statistics and account changes on a SQLite data
/// directory and on a fresh PostgreSQL database give the same counts.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class StorageContractTests(PostgresServer server)
{
    private static readonly string[] Files =
    [
        SharedData.Path("bibliographic/wos/bibliometrixdata_scientometrics.txt"),
        SharedData.Path("bibliographic/wos-tab/scientopy_2017.txt"),
        SharedData.Path("bibliographic/scopus/scientopy_2017.csv"),
        SharedData.Path("registries/think-tanks/hack-education-thinktanks.yaml"),
    ];

    [Fact]
    public void Import_reads_statistics_and_accounts_give_the_same_counts_on_SQLite_and_PostgreSQL()
    {
        using var sqliteDir = TempDataDirectory.OnSqlite("the SQLite side of the comparison");
        using var postgresDir = TempDataDirectory.OnSqlite("binds its own PostgreSQL database");
        using var database = server.CreateDatabase();

        var sqlite = Run(KnowledgeStore.Open(sqliteDir.Directory));
        var postgres = Run(KnowledgeStore.Open(postgresDir.Directory, new PostgresDialect(database.ConnectionString)));

        Assert.Equal(sqlite, postgres);
        Assert.Equal((1082, 111, 24, 1082, 2918, 25), (postgres.Imported, postgres.Merged, postgres.Entities, postgres.Works, postgres.People, postgres.Organisations));
        Assert.Equal((2, true, true, false, 3), (postgres.Users, postgres.FoundInOtherCase, postgres.TokenWorks, postgres.TokenOfDisabledWorks, postgres.AccountChanges));
    }

    [Fact]
    public void Importing_the_same_files_again_changes_nothing_on_PostgreSQL()
    {
        using var dir = TempDataDirectory.OnSqlite("binds its own PostgreSQL database");
        using var database = server.CreateDatabase();
        using var kb = KnowledgeBase.Open(KnowledgeStore.Open(dir.Directory, new PostgresDialect(database.ConnectionString)));

        var first = kb.Import(Files, new ImportOptions());
        var sequence = kb.Store.LastSequence;
        var second = kb.Import(Files, new ImportOptions());

        Assert.True(first.Imported > 0);
        Assert.Equal(0, second.Imported + second.Merged + second.Entities);
        Assert.Equal(sequence, kb.Store.LastSequence);
    }

    [Fact]
    public void Two_nodes_importing_into_one_PostgreSQL_store_at_once_write_one_transaction_at_a_time()
    {
        using var nodeA = TempDataDirectory.OnSqlite("binds its own PostgreSQL database");
        using var nodeB = TempDataDirectory.OnSqlite("binds its own PostgreSQL database");
        using var database = server.CreateDatabase();
        using var a = KnowledgeBase.Open(KnowledgeStore.Open(nodeA.Directory, new PostgresDialect(database.ConnectionString)));
        using var b = KnowledgeBase.Open(KnowledgeStore.Open(nodeB.Directory, new PostgresDialect(database.ConnectionString)));

        var reports = new[] { (a, Files[0]), (b, Files[1]) }.AsParallel().WithDegreeOfParallelism(2)
            .Select(n => n.Item1.Import([n.Item2], new ImportOptions())).ToList();

        Assert.All(reports, r => Assert.Null(r.Files.Single().Failure));
        Assert.Equal(147 + 125, reports.Sum(r => r.Imported + r.Merged));
        Assert.Equal(reports.Sum(r => r.Imported), a.Read(Caller.Owner).Statistics().Works);
        Assert.Equal(a.Store.LastSequence, b.Store.LastSequence);
    }

    /// <summary>What a scenario saw, compared between the stores.</summary>
    private sealed record Outcome(
        int Imported, int Merged, int Entities, int Works, string ByKind, string ByFormat, string ByLanguage,
        int People, int Organisations, int Projects, long LastChange, int Hits, string FirstWork, string FirstPerson,
        int Users, bool FoundInOtherCase, bool TokenWorks, bool TokenOfDisabledWorks, int AccountChanges, int Batches);

    private static Outcome Run(KnowledgeStore store)
    {
        using var kb = KnowledgeBase.Open(store);
        var report = kb.Import(Files, new ImportOptions());
        var read = kb.Read(Caller.Owner);
        var stats = read.Statistics();
        var hits = read.Search(new Zhiku.Search.SearchRequest { Query = "*", Limit = 5 });
        var work = read.Work(hits.Hits[0].Id)!;
        var person = work.Authorships.FirstOrDefault(a => a.PersonId is not null) is { PersonId: { } personId } ? read.Person(personId) : null;

        using var accounts = AccountStore.Open(kb);
        var alice = accounts.CreateUser(store.HomeOrganisationId, "Alice", "Alice A.", UserRole.Analyst, "hash-1");
        accounts.CreateUser(store.HomeOrganisationId, "bob", "Bob B.", UserRole.Viewer, "hash-2");
        var token = accounts.CreateToken(alice.Id, "api");
        var tokenWorks = accounts.FindByToken(token)?.Id == alice.Id;
        accounts.SetRole(alice.Id, UserRole.Manager, actorId: null);
        accounts.SetDisabled(alice.Id, disabled: true, actorId: null);
        var afterDisable = accounts.FindByToken(token) is not null;
        accounts.ResetPassword(alice.Id, "hash-3", actorId: null);

        return new Outcome(
            report.Imported, report.Merged, report.Entities, stats.Works, Join(stats.ByKind), Join(stats.ByFormat), Join(stats.ByLanguage),
            stats.People, stats.Organisations, stats.Projects, stats.LastChange, hits.Total,
            $"{work.Id} {work.Authorships.Count} authors, {work.Sources.Count} sources, {work.Provenance.Count} fields",
            person is null ? "none" : $"{person.Id} {person.WorkCount} works, {person.CoAuthors.Count} co-authors, {person.Topics.Count} topics",
            accounts.CountUsers(), accounts.FindByName("ALICE")?.Id == alice.Id, tokenWorks, afterDisable,
            accounts.Changes().Count, read.RecentImports(100).Count);
    }

    private static string Join(IReadOnlyDictionary<string, int> counts) => string.Join(", ", counts.Select(p => $"{p.Key}={p.Value}"));
}
