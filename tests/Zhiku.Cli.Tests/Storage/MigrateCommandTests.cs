using System.Text.Json;
using Microsoft.Data.Sqlite;
using Zhiku.Testing.Postgres;

namespace Zhiku.Cli.Tests.Storage;

/// <summary>
/// <c>zhiku migrate --from DIR --to CONNECTION</c> on real files: every table has as many rows in PostgreSQL as in
/// SQLite, and searches (Chinese and English, fielded and sorted) answer the same top 20 after, from the migrated
/// directory's kept index and from a new directory's index rebuilt from PostgreSQL.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class MigrateCommandTests(PostgresServer server)
{
    private static readonly string[] Files =
    [
        CliRun.Shared("bibliographic/wos/bibliometrixdata_scientometrics.txt"),
        CliRun.Shared("bibliographic/cnki/citespace-converted/download_1-307.txt"),
        CliRun.Shared("bibliographic/cnki/noteexpress/mixed.net"),
        CliRun.Shared("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl"),
        CliRun.Shared("documents/cn-policy/government_work_reports.jsonl"),
        CliRun.Shared("registries/nber/papers.csv"),
    ];

    private static readonly string[] Queries = ["监管", "科技 创新", "citation analysis", "title:scientometrics AND year:[2000 TO 2010]", "*"];

    // The source directory is a laptop's SQLite directory whatever ZHIKU_TEST_STORE says: it is what migrate reads.
    [Fact]
    public void Migrate_copies_every_table_and_searches_answer_the_same_top_20_from_the_kept_and_a_rebuilt_index()
    {
        using var laptop = new CliRun(bound: false);
        using var node = new CliRun(bound: false);
        using var database = server.CreateDatabase();
        using var nodeDatabase = server.CreateDatabase();
        laptop.Json(["import", .. Files, "--owner", "示范科技智库 (Demo S&T Think Tank)"]);
        Assert.Equal(0, laptop.Run("users", "add", "analyst1", "--role", "analyst", "--org", "示范科技智库 (Demo S&T Think Tank)").Exit);
        var before = Answers(laptop);
        var stats = laptop.Json("stats").ToString();
        var sqliteRows = SqliteRows(Path.Combine(laptop.DataDirectory, "zhiku.db"));

        var onNode = node.Json("migrate", "--from", laptop.DataDirectory, "--to", nodeDatabase.ConnectionString);
        var report = laptop.Json("migrate", "--from", laptop.DataDirectory, "--to", database.ConnectionString);

        var tables = report.GetProperty("tables").EnumerateArray().ToDictionary(t => t.GetProperty("table").GetString()!, t => t.GetProperty("rows").GetInt64());
        Assert.Equal(sqliteRows, tables);
        Assert.True(tables["works"] > 2000 && tables["changes"] > tables["works"] && tables["users"] >= 1, string.Join(", ", tables));
        Assert.Equal(PostgresRows(database), tables);
        Assert.Equal(tables["works"], report.GetProperty("documents").GetInt64());
        Assert.Equal(before, Answers(laptop));
        Assert.Equal(stats, laptop.Json("stats").ToString());
        Assert.Equal(before, Answers(node));
        Assert.Equal(report.GetProperty("identity").GetString(), onNode.GetProperty("identity").GetString());
    }

    [Fact]
    public void Migrate_refuses_a_database_that_is_not_empty_and_changes_nothing()
    {
        using var laptop = new CliRun(bound: false);
        using var used = new CliRun(bound: false);
        using var database = server.CreateDatabase();
        laptop.Json("import", Files[0]);
        used.Json("stats", "--store", database.ConnectionString);

        var (exit, _, error) = laptop.Run("migrate", "--from", laptop.DataDirectory, "--to", database.ConnectionString);

        Assert.Equal(1, exit);
        Assert.Contains("is not empty", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(laptop.DataDirectory, "store.json")));
        Assert.Equal(0, PostgresRows(database)["works"]);
    }

    [Fact]
    public void Migrate_after_the_move_says_the_directory_is_on_PostgreSQL_already()
    {
        using var laptop = new CliRun(bound: false);
        using var database = server.CreateDatabase();
        laptop.Json("import", Files[0]);
        laptop.Json("migrate", "--from", laptop.DataDirectory, "--to", database.ConnectionString);

        var (exit, _, error) = laptop.Run("migrate", "--from", laptop.DataDirectory, "--to", database.ConnectionString);

        Assert.Equal(1, exit);
        Assert.Contains("bound to a PostgreSQL store already", error, StringComparison.Ordinal);
    }

    private static List<string> Answers(CliRun cli) =>
        [.. Queries.Select(q => cli.Json("search", q, "--limit", "20").GetProperty("hits").ToString()),
            cli.Json("search", "监管", "--limit", "20", "--sort", "date").GetProperty("hits").ToString()];

    private static Dictionary<string, long> SqliteRows(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=false");
        connection.Open();
        var tables = new List<string>();
        using (var list = new SqliteCommand("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", connection))
        using (var reader = list.ExecuteReader())
        {
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        return tables.ToDictionary(t => t, t => (long)new SqliteCommand($"SELECT COUNT(*) FROM {t}", connection).ExecuteScalar()!);
    }

    private static Dictionary<string, long> PostgresRows(PostgresDatabase database)
    {
        using var connection = database.Open();
        var tables = new List<string>();
        using (var list = new Npgsql.NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'zhiku_schema'", connection))
        using (var reader = list.ExecuteReader())
        {
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        return tables.ToDictionary(t => t, t => (long)new Npgsql.NpgsqlCommand($"SELECT COUNT(*) FROM {t}", connection).ExecuteScalar()!);
    }
}
