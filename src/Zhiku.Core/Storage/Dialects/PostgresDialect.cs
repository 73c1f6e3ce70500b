using System.Data.Common;
using Npgsql;
using Zhiku.Storage.Postgres;

namespace Zhiku.Storage.Dialects;

/// <summary>
/// A PostgreSQL store (Npgsql): pooled connections to one database, the schema of <see cref="PostgresSchema"/>,
/// positional parameters bound by position (Npgsql's <c>$1</c> placeholders take unnamed parameters), and the single
/// write transaction serialised across nodes by a transaction-scoped advisory lock.
/// </summary>
internal sealed class PostgresDialect(string connectionString) : SqlDialect
{
    /// <summary>The advisory lock every write transaction takes ("zhiku-w" in ASCII), distinct from the schema's.</summary>
    internal const long WriterLockKey = 0x7A_68_69_6B_75_2D_77;

    // The column types of the tables rows are copied into, read once per table.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Dictionary<string, NpgsqlTypes.NpgsqlDbType>> _columnTypes = new(StringComparer.Ordinal);

    public override string Name => "PostgreSQL";

    public override string Kind => StoreBinding.Postgres;

    /// <summary>The connection string without its password, as the data directory's binding records it.</summary>
    public string BindingConnection
    {
        get
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            builder.Remove("Password");
            return builder.ConnectionString;
        }
    }

    public override DbConnection OpenWriter() => Open();

    // Read committed: a reader sees what the writer has committed, never its transaction in progress.
    public override DbConnection OpenReader() => Open();

    public override DbConnection OpenSideWriter() => Open();

    public override int SchemaVersion(DbConnection connection) => PostgresSchema.Version((NpgsqlConnection)connection);

    public override void Migrate(DbConnection connection) => PostgresSchema.Apply((NpgsqlConnection)connection);

    /// <summary>
    /// Ids (<c>MAX(id) + 1</c>) and change sequence numbers are handed out per transaction on the assumption of one
    /// writer: the lock, held until commit or rollback, makes every other node's write transaction wait here.
    /// </summary>
    public override DbTransaction BeginWrite(DbConnection connection)
    {
        var transaction = connection.BeginTransaction();
        using var cmd = connection.Command(transaction, $"SELECT pg_advisory_xact_lock({WriterLockKey})");
        cmd.ExecuteNonQuery();
        return transaction;
    }

    // A chunk's writes in a few NpgsqlBatch round trips instead of one round trip per statement.
    public override bool BatchesWrites => true;

    // One COPY per transaction instead of one INSERT (one round trip) per change.
    public override bool BuffersAppends => true;

    public override void CopyRows(DbConnection connection, string table, string[] columns, IReadOnlyList<object?[]> rows)
    {
        var types = _columnTypes.GetOrAdd(table, t => BinaryCopy.Columns((NpgsqlConnection)connection, t).ToDictionary(c => c.Name, c => c.Type));
        using var copy = BinaryCopy.Begin((NpgsqlConnection)connection, table, [.. columns.Select(c => (c, types[c]))]);
        foreach (var row in rows)
        {
            copy.Row(i => row[i]);
        }

        copy.Complete();
    }

    // pg_notify in the transaction: PostgreSQL delivers it on commit, and drops it on rollback.
    public override void AnnounceChanges(CommandCache sql, long lastSequence) =>
        sql.Execute($"SELECT pg_notify('{Feed.PostgresChangeSignal.Channel}', $1)", lastSequence.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public override bool IsConnectionLost(Exception e, DbConnection connection) =>
        e is NpgsqlException && (connection.State != System.Data.ConnectionState.Open || e is NpgsqlException { IsTransient: true });

    public override void ConnectionLost() => NpgsqlConnection.ClearAllPools();

    public override string ClaimRows => " FOR UPDATE SKIP LOCKED";

    public override Feed.ChangeSignal OpenChangeSignal() => new Feed.PostgresChangeSignal(connectionString);

    // Npgsql binds $1, $2, ... to unnamed parameters in order.
    public override string PositionalName(int position) => string.Empty;

    // No integrity check of PostgreSQL's own is run here (amcheck is an extension a cluster may lack): the server checks its pages.
    public override string IntegrityCheck(DbConnection connection) => "ok";

    public override void Snapshot(string targetFile) =>
        throw new NotSupportedException("a PostgreSQL store is backed up by the server (pg_dump, a standby, base backups), not by zhiku backup");

    private NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        return connection;
    }
}
