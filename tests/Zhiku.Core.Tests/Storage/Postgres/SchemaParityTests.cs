using Zhiku.Storage;
using Zhiku.Storage.Postgres;
using Zhiku.Testing.Postgres;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Storage.Postgres;

/// <summary>
/// The PostgreSQL schema and the SQLite schema a data directory gets are the same: tables, columns (in mapped types,
/// nullability and defaults), primary keys, unique and plain indexes, at the same version.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SchemaParityTests(PostgresServer server)
{
    private const string Advice =
        "each SQLite migration in src/Zhiku.Core/Storage/Migrations.cs needs its PostgreSQL script under the same number "
        + "in src/Zhiku.Core/Storage/Postgres/PostgresScripts.cs";

    [Fact]
    public void The_PostgreSQL_schema_has_a_script_for_every_SQLite_migration()
    {
        Assert.True(PostgresSchema.Latest == Migrations.Latest,
            $"SQLite is at schema version {Migrations.Latest}, PostgreSQL at {PostgresSchema.Latest}: {Advice}");
    }

    [Fact]
    public void A_PostgreSQL_store_has_the_tables_columns_and_keys_of_a_SQLite_data_directory()
    {
        using var directory = TempDataDirectory.OnSqlite("the SQLite schema is one side of the comparison");
        using (directory.Open())
        {
            // Opening creates the store and brings it to the latest migration.
        }

        using var database = server.CreateDatabase();
        using var connection = database.Open();
        PostgresSchema.Apply(connection);

        var sqlite = SchemaShape.FromSqlite(directory.Directory.DatabasePath);
        var postgres = SchemaShape.FromPostgres(connection);

        var onlySqlite = sqlite.Except(postgres).ToList();
        var onlyPostgres = postgres.Except(sqlite).ToList();
        Assert.True(onlySqlite.Count == 0 && onlyPostgres.Count == 0,
            $"the schemas differ ({Advice}):\n  only in SQLite:\n    {string.Join("\n    ", onlySqlite)}"
            + $"\n  only in PostgreSQL:\n    {string.Join("\n    ", onlyPostgres)}");
        Assert.Contains("users UNIQUE (lower(user_name))", postgres);
        Assert.Contains("changes.seq bigint NOT NULL IDENTITY", postgres);
        Assert.True(postgres.Count > 100, $"only {postgres.Count} lines read from PostgreSQL");
    }
}
