using Npgsql;

namespace Zhiku.Storage.Postgres;

/// <summary>
/// The schema of a PostgreSQL store, as numbered scripts: script N creates in PostgreSQL what SQLite migration N
/// (<see cref="Migrations"/>) creates, so both stores have the same tables, columns, keys and indexes at the same
/// version (the schema-parity test holds them together). <c>zhiku_schema</c> records the version applied; a new
/// version appends a script and never edits an old one.
/// </summary>
/// <remarks>
/// Types: SQLite's INTEGER is BIGINT, TEXT is TEXT, REAL would be DOUBLE PRECISION. A rowid id (<c>INTEGER PRIMARY
/// KEY</c>) is a BIGINT identity <c>BY DEFAULT</c>, so that a copied store keeps its ids. <c>COLLATE NOCASE</c> on
/// user names is a unique index on <c>lower(user_name)</c>, ASCII-only in the C locale as NOCASE is.
/// </remarks>
internal static class PostgresSchema
{
    /// <summary>The session lock that makes one node at a time bring the schema up to date ("zhiku" in ASCII).</summary>
    private const long AdvisoryLockKey = 0x7A_68_69_6B_75;

    /// <summary>The schema version this build writes.</summary>
    public static int Latest => PostgresScripts.All.Count;

    /// <summary>
    /// Runs the scripts the database has not seen, each in its own transaction with its version. Nodes starting at
    /// once wait for each other on an advisory lock, and the later ones find nothing left to do.
    /// </summary>
    public static void Apply(NpgsqlConnection connection)
    {
        Execute(connection, null, $"SELECT pg_advisory_lock({AdvisoryLockKey})");
        try
        {
            Execute(connection, null, """
                CREATE TABLE IF NOT EXISTS zhiku_schema(
                    single BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (single),
                    version INTEGER NOT NULL);
                INSERT INTO zhiku_schema(version) VALUES (0) ON CONFLICT DO NOTHING;
                """);
            var current = Version(connection);
            if (current > Latest)
            {
                throw new InvalidOperationException(
                    $"the PostgreSQL store has schema version {current}, newer than this build's {Latest}: upgrade Zhiku");
            }

            for (var version = current + 1; version <= Latest; version++)
            {
                using var transaction = connection.BeginTransaction();
                Execute(connection, transaction, PostgresScripts.All[version - 1]);
                Execute(connection, transaction, $"UPDATE zhiku_schema SET version = {version}");
                transaction.Commit();
            }
        }
        finally
        {
            Execute(connection, null, $"SELECT pg_advisory_unlock({AdvisoryLockKey})");
        }
    }

    /// <summary>The version applied to the database (0 before the first script).</summary>
    public static int Version(NpgsqlConnection connection)
    {
        using var exists = new NpgsqlCommand("SELECT to_regclass('zhiku_schema') IS NOT NULL", connection);
        if (exists.ExecuteScalar() is not true)
        {
            return 0;
        }

        using var command = new NpgsqlCommand("SELECT version FROM zhiku_schema", connection);
        return command.ExecuteScalar() is int version ? version : 0;
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
