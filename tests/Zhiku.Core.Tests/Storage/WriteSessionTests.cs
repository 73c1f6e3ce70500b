using Zhiku.Model;
using Zhiku.Storage;
using Zhiku.Storage.Works;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Storage;

/// <summary>The one write transaction: ids handed out from counters, rows inserted in bulk, positional parameters.</summary>
public sealed class WriteSessionTests
{
    [Fact]
    public void Registry_people_and_new_authors_written_in_one_transaction_get_distinct_ids()
    {
        using var dir = new TempDataDirectory();
        using var store = KnowledgeStore.Open(dir.Directory);
        var batch = BatchSql.Start(store, store.HomeOrganisationId, AccessLevel.Public);

        using (var session = store.BeginWrite())
        {
            var works = new WorkWriter(session, store.HomeOrganisationId, AccessLevel.Public);
            var registry = new RegistryWriter(session, batch, store.HomeOrganisationId, AccessLevel.Public);
            works.Write(Work("First work", "Alpha, A."), new SourceInfo(batch, "a.ris", "ris", 1, 1));
            registry.UpsertPerson(new PersonRecord { Name = "Beta, B." }, new SourceInfo(batch, "people.xlsx", "registry", 1, 2));
            works.Write(Work("Second work", "Gamma, C."), new SourceInfo(batch, "a.ris", "ris", 2, 9));
            session.Commit();
        }

        Assert.Equal(3L, store.Scalar("SELECT COUNT(DISTINCT id) FROM people"));
        Assert.Equal(["Alpha, A.", "Beta, B.", "Gamma, C."], Names(store));
        Assert.Equal(1L, store.Scalar("SELECT COUNT(*) FROM changes WHERE entity = 'person' AND entity_id = (SELECT id FROM people WHERE name = 'Beta, B.')"));
    }

    [Fact]
    public void Bulk_rows_over_several_statements_skip_the_keys_already_stored()
    {
        using var dir = new TempDataDirectory();
        using var store = KnowledgeStore.Open(dir.Directory);
        var rows = Enumerable.Range(0, 150).Select(i => new object?[] { $"key-{i % 140}", 7L }).ToList();

        using (var session = store.BeginWrite())
        {
            session.Sql.InsertRows("work_keys(key, work_id)", 2, [new object?[] { "key-3", 7L }]);
            session.Sql.InsertRows("work_keys(key, work_id)", 2, rows);
            session.Commit();
        }

        Assert.Equal(140L, store.Scalar("SELECT COUNT(*) FROM work_keys WHERE work_id = 7"));
    }

    [Fact]
    public void Positional_values_bind_to_their_placeholders_in_order()
    {
        using var dir = new TempDataDirectory();
        using var store = KnowledgeStore.Open(dir.Directory);
        using var session = store.BeginWrite();

        Assert.Equal(7L, session.Sql.Long("SELECT $1 * 2 + $2", 3, 1));
        Assert.Null(session.Sql.Long("SELECT $1", (object?)null));
    }

    [Fact]
    public void A_session_disposed_without_commit_writes_nothing()
    {
        using var dir = new TempDataDirectory();
        using var store = KnowledgeStore.Open(dir.Directory);
        var before = store.LastSequence;

        using (var session = store.BeginWrite())
        {
            new RegistryWriter(session, null, store.HomeOrganisationId, AccessLevel.Public).UpsertOrganisation(new OrganisationRecord { Name = "Rolled back" });
        }

        Assert.Null(store.FindOrganisation("Rolled back"));
        Assert.Equal(before, store.LastSequence);
    }

    private static List<string> Names(KnowledgeStore store)
    {
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = "SELECT name FROM people ORDER BY id";
        using var reader = cmd.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static WorkRecord Work(string title, string author) => new()
    {
        Kind = WorkKind.JournalArticle,
        Titles = [new LangText("en", title)],
        Authors = [new AuthorRecord { Name = author }],
    };
}
