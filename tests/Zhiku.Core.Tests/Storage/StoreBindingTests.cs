using Npgsql;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Maintenance;
using Zhiku.Storage;
using Zhiku.Testing.Postgres;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Storage;

/// <summary>
/// A data directory bound to its store: opened once with a PostgreSQL location, it records the store (without the
/// password) and its identity in store.json and opens it again without the location; its index is never mixed with
/// another store's changes.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class StoreBindingTests(PostgresServer server)
{
    private static readonly string Scientometrics = SharedData.Path("bibliographic/wos/bibliometrixdata_scientometrics.txt");
    private static readonly string Policies = SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl");

    [Fact]
    public void A_directory_opened_with_a_PostgreSQL_store_opens_it_again_without_the_location()
    {
        using var dir = TempDataDirectory.OnSqlite("the test binds the directory itself");
        using var database = server.CreateDatabase();
        string identity;
        long documents;
        using (var kb = KnowledgeBase.Open(dir.Directory, StoreLocation.Parse(database.ConnectionString)))
        {
            kb.Import([Scientometrics], new ImportOptions());
            identity = kb.StoreIdentity;
            documents = kb.IndexState().Documents;
        }

        using var again = KnowledgeBase.Open(dir.Directory);

        Assert.Equal(StoreBinding.Postgres, again.StoreKind);
        Assert.Equal(identity, again.StoreIdentity);
        Assert.Equal(documents, again.IndexState().Documents);
        Assert.True(documents > 100, $"only {documents} documents");
        Assert.False(File.Exists(dir.Directory.DatabasePath), "a bound directory made a SQLite file");
        var binding = StoreBinding.Read(dir.Directory)!;
        Assert.Equal((StoreBinding.Postgres, identity), (binding.Kind, binding.Identity));
        Assert.Contains(database.Name, binding.Connection, StringComparison.Ordinal);
    }

    [Fact]
    public void The_binding_records_the_connection_without_its_password()
    {
        using var dir = TempDataDirectory.OnSqlite("the test binds the directory itself");
        using var database = server.CreateDatabase();
        // The test cluster trusts loopback: the password is sent and ignored, which is enough to see where it goes.
        var withPassword = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Password = "s3cret-Pa55" }.ConnectionString;

        using (KnowledgeStore.Open(dir.Directory, StoreLocation.Parse(withPassword)))
        {
        }

        var text = File.ReadAllText(dir.Directory.BindingPath);
        Assert.DoesNotContain("s3cret-Pa55", text, StringComparison.Ordinal);
        Assert.Contains(database.Name, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_store_has_its_own_identity_kept_across_openings()
    {
        using var sqlite = TempDataDirectory.OnSqlite("the test binds the directory itself");
        using var dir = TempDataDirectory.OnSqlite("the test binds the directory itself");
        using var database = server.CreateDatabase();

        string first, again, shared;
        using (var store = KnowledgeStore.Open(sqlite.Directory))
        {
            first = store.Identity;
        }

        using (var store = KnowledgeStore.Open(sqlite.Directory))
        {
            again = store.Identity;
        }

        using (var store = KnowledgeStore.Open(dir.Directory, StoreLocation.Parse(database.ConnectionString)))
        {
            shared = store.Identity;
        }

        Assert.Matches("^[0-9a-f]{32}$", first);
        Assert.Matches("^[0-9a-f]{32}$", shared);
        Assert.Equal(first, again);
        Assert.NotEqual(first, shared);
    }

    [Fact]
    public void An_index_built_from_another_store_is_rebuilt_from_the_store_now_bound_never_mixed()
    {
        using var dir = TempDataDirectory.OnSqlite("the test binds the directory itself");
        using var first = server.CreateDatabase();
        using var second = server.CreateDatabase();
        long firstDocuments;
        using (var kb = KnowledgeBase.Open(dir.Directory, StoreLocation.Parse(first.ConnectionString)))
        {
            kb.Import([Scientometrics], new ImportOptions());
            firstDocuments = kb.IndexState().Documents;
        }

        // The same directory pointed at a new, empty store: nothing of the first store may stay searchable.
        long secondDocuments;
        using (var kb = KnowledgeBase.Open(dir.Directory, StoreLocation.Parse(second.ConnectionString)))
        {
            Assert.Equal(0, kb.IndexState().Documents);
            Assert.Equal(kb.IndexState().LastChange, kb.IndexState().Checkpoint);
            kb.Import([Policies], new ImportOptions());
            secondDocuments = kb.IndexState().Documents;
        }

        using var back = KnowledgeBase.Open(dir.Directory, StoreLocation.Parse(first.ConnectionString));

        Assert.True(secondDocuments > 0 && secondDocuments != firstDocuments, $"{firstDocuments} and {secondDocuments} documents");
        Assert.Equal(firstDocuments, back.IndexState().Documents);
        Assert.Equal(back.IndexState().LastChange, back.IndexState().Checkpoint);
        Assert.Equal(back.StoreIdentity, StoreBinding.Read(dir.Directory)!.Identity);
    }

    [Fact]
    public void Binding_a_directory_whose_SQLite_store_holds_works_is_refused_pointing_to_zhiku_migrate()
    {
        using var dir = TempDataDirectory.OnSqlite("the test binds the directory itself");
        using var database = server.CreateDatabase();
        using (var kb = KnowledgeBase.Open(dir.Directory))
        {
            kb.Import([Scientometrics], new ImportOptions());
        }

        var refused = Assert.Throws<InvalidOperationException>(() =>
            KnowledgeBase.Open(dir.Directory, StoreLocation.Parse(database.ConnectionString)));

        Assert.Contains("SQLite store with", refused.Message, StringComparison.Ordinal);
        Assert.Contains("zhiku migrate --from " + dir.Root, refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.Directory.BindingPath));
        using var kept = KnowledgeBase.Open(dir.Directory);
        Assert.Equal(StoreBinding.Sqlite, kept.StoreKind);
    }

    [Fact]
    public void A_directory_bound_to_PostgreSQL_has_no_zhiku_backup_and_says_how_it_is_backed_up()
    {
        using var dir = TempDataDirectory.OnSqlite("the test binds the directory itself");
        using var database = server.CreateDatabase();
        using (KnowledgeStore.Open(dir.Directory, StoreLocation.Parse(database.ConnectionString)))
        {
        }

        var refused = Assert.Throws<InvalidOperationException>(() => Backup.Create(dir.Directory, Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".zip")));

        Assert.Contains("pg_dump", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_binding_is_reported_with_its_file()
    {
        using var dir = TempDataDirectory.OnSqlite("the test binds the directory itself");
        File.WriteAllText(dir.Directory.BindingPath, """{"kind": "oracle", "identity": "x"}""");

        var error = Assert.Throws<InvalidDataException>(() => KnowledgeStore.Open(dir.Directory));

        Assert.Contains(dir.Directory.BindingPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("\"kind\"", error.Message, StringComparison.Ordinal);
    }
}
