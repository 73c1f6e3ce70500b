using Npgsql;
using Zhiku.Storage.Dialects;
using Zhiku.Storage.Postgres;

namespace Zhiku.Storage.Moving;

/// <summary>
/// <c>zhiku migrate --from DIR --to CONNECTION</c>: copies a data directory's SQLite store into an empty PostgreSQL
/// database (binary COPY table by table, in one transaction, identities set past the copied ids after), then binds a
/// data directory to it. The store keeps its identity, so the directory's index stays valid; another directory
/// rebuilds its index from the store when opened.
/// </summary>
public static class StoreMove
{
    /// <summary>Copies the store of <paramref name="from"/> to <paramref name="to"/> and binds <paramref name="target"/> (default: <paramref name="from"/>).</summary>
    /// <exception cref="InvalidOperationException">The source is no SQLite store, or the target database is not empty.</exception>
    public static MoveReport Run(DataDirectory from, StoreLocation to, DataDirectory? target = null)
    {
        if (StoreBinding.Read(from) is { IsPostgres: true })
        {
            throw new InvalidOperationException($"{from}: is bound to a PostgreSQL store already ({from.BindingPath}): nothing to migrate");
        }

        if (!File.Exists(from.DatabasePath))
        {
            throw new FileNotFoundException($"{from}: no SQLite store to migrate (no zhiku.db)");
        }

        // Brings the source to this build's schema first, so that both sides have the same tables and columns.
        string identity;
        using (var source = KnowledgeStore.Open(from, location: null, recoverInterrupted: false))
        {
            identity = source.Identity;
        }

        var sqlite = new SqliteDialect(from.DatabasePath);
        using var reader = sqlite.OpenReader();
        // One read transaction: a consistent snapshot even while a server writes the source (WAL).
        using var snapshot = ((Microsoft.Data.Sqlite.SqliteConnection)reader).BeginTransaction(deferred: true);
        using var connection = new NpgsqlConnection(to.ConnectionString);
        connection.Open();
        PostgresSchema.Apply(connection);
        var tables = Tables(connection);
        RefuseNonEmpty(connection, tables, to);

        var counts = new List<TableCount>();
        using (var transaction = connection.BeginTransaction())
        {
            Execute(connection, "SELECT pg_advisory_xact_lock(" + PostgresDialect.WriterLockKey + ")");
            // The new database drew an identity of its own: the copy takes the source's.
            Execute(connection, "DELETE FROM store_meta");
            // Rows the schema itself writes (the default classification standard) come from the source, as edited there.
            foreach (var seeded in SchemaSeeded)
            {
                Execute(connection, $"DELETE FROM {seeded}");
            }

            foreach (var table in tables)
            {
                var copied = TableCopy.Run(snapshot, connection, table);
                using var count = reader.Command(snapshot, $"SELECT COUNT(*) FROM {table}");
                var expected = Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
                var stored = connection.Long($"SELECT COUNT(*) FROM {table}");
                if (copied != expected || stored != expected)
                {
                    throw new InvalidOperationException($"{table}: {expected} rows in SQLite, {copied} copied, {stored} in PostgreSQL: nothing was migrated");
                }

                counts.Add(new TableCount(table, stored));
            }

            ResetIdentities(connection);
            transaction.Commit();
        }

        var bound = target ?? from;
        new StoreBinding(StoreBinding.Postgres, to.WithoutPassword, identity).Write(bound);
        return new MoveReport(to.Display, identity, bound.Root, counts);
    }

    private static List<string> Tables(NpgsqlConnection connection) =>
        [.. connection.Query(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'zhiku_schema' ORDER BY table_name",
            r => r.GetString(0))];

    // Tables a migration fills (the default case classification standard, migration 16): a new database has their rows.
    private static readonly string[] SchemaSeeded = ["classification_terms"];

    // Empty: nothing but the schema (the identity it drew, the rows its migrations wrote): a node that ever opened it
    // wrote its home organisation.
    private static void RefuseNonEmpty(NpgsqlConnection connection, List<string> tables, StoreLocation to)
    {
        foreach (var table in tables.Where(t => t != "store_meta" && !SchemaSeeded.Contains(t)))
        {
            if (connection.Long($"SELECT COUNT(*) FROM {table}") is var rows and > 0)
            {
                throw new InvalidOperationException(
                    $"the PostgreSQL database {to.Database} is not empty ({table} has {rows} rows): migrate into a new, empty database");
            }
        }
    }

    // Copied rows carry their ids: the identity columns start after the highest one, as SQLite's rowids would.
    private static void ResetIdentities(NpgsqlConnection connection)
    {
        var identities = connection.Query(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES'",
            r => (Table: r.GetString(0), Column: r.GetString(1))).ToList();
        foreach (var (table, column) in identities)
        {
            Execute(connection, $"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), COALESCE((SELECT MAX({column}) FROM {table}), 0) + 1, false)");
        }
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

/// <summary>What <see cref="StoreMove"/> did: the target (password masked), the store identity kept, the directory bound, rows per table.</summary>
public sealed record MoveReport(string Target, string Identity, string BoundDirectory, IReadOnlyList<TableCount> Tables);

/// <summary>The rows of one table after the copy (equal on both sides).</summary>
public sealed record TableCount(string Table, long Rows);
