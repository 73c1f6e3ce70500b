using Npgsql;
using Zhiku.Storage.Postgres;
using Zhiku.Testing.Postgres;

namespace Zhiku.Tests.Storage.Postgres;

/// <summary>Bringing a PostgreSQL store's schema up to date: once, from several nodes at once, never backwards.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSchemaTests(PostgresServer server)
{
    [Fact]
    public void Applying_the_schema_again_changes_nothing()
    {
        using var database = server.CreateDatabase();
        using var connection = database.Open();
        PostgresSchema.Apply(connection);
        var before = SchemaShape.FromPostgres(connection);

        PostgresSchema.Apply(connection);

        Assert.Equal(PostgresSchema.Latest, PostgresSchema.Version(connection));
        Assert.Equal(before, SchemaShape.FromPostgres(connection));
    }

    [Fact]
    public void Nodes_that_start_at_once_apply_each_script_once()
    {
        using var database = server.CreateDatabase();
        const int Nodes = 4;
        using var ready = new Barrier(Nodes);

        var failures = new System.Collections.Concurrent.ConcurrentBag<Exception>();
        var threads = Enumerable.Range(0, Nodes).Select(_ => new Thread(() =>
        {
            try
            {
                using var connection = database.Open();
                ready.SignalAndWait();
                PostgresSchema.Apply(connection);
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
            {
                failures.Add(e);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Empty(failures);
        using var check = database.Open();
        Assert.Equal(PostgresSchema.Latest, PostgresSchema.Version(check));
        using var count = new NpgsqlCommand("SELECT count(*) FROM zhiku_schema", check);
        Assert.Equal(1L, count.ExecuteScalar());
    }

    [Fact]
    public void A_store_written_by_a_newer_build_is_refused_with_both_versions()
    {
        using var database = server.CreateDatabase();
        using var connection = database.Open();
        PostgresSchema.Apply(connection);
        using (var newer = new NpgsqlCommand($"UPDATE zhiku_schema SET version = {PostgresSchema.Latest + 1}", connection))
        {
            newer.ExecuteNonQuery();
        }

        var error = Assert.Throws<InvalidOperationException>(() => PostgresSchema.Apply(connection));

        Assert.Contains($"schema version {PostgresSchema.Latest + 1}, newer than this build's {PostgresSchema.Latest}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void User_names_are_unique_whatever_their_ASCII_case_as_with_SQLite_NOCASE()
    {
        using var database = server.CreateDatabase();
        using var connection = database.Open();
        PostgresSchema.Apply(connection);
        AddUser(connection, "Analyst");
        AddUser(connection, "Ärger");

        var duplicate = Assert.Throws<PostgresException>(() => AddUser(connection, "analyst"));
        AddUser(connection, "ärger");

        Assert.Equal(PostgresErrorCodes.UniqueViolation, duplicate.SqlState);
    }

    private static void AddUser(NpgsqlConnection connection, string name)
    {
        using var command = new NpgsqlCommand(
            "INSERT INTO users(org_id, user_name, display_name, role, password_hash, created) VALUES (1, @name, @name, 'analyst', 'x', '2026-12-05')",
            connection);
        command.Parameters.AddWithValue("name", name);
        command.ExecuteNonQuery();
    }
}
