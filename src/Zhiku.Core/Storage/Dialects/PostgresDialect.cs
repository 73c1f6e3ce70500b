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

    // One COPY per transaction instead of one INSERT (one round trip) per change.
    public override bool BuffersAppends => true;

    public override void CopyRows(DbConnection connection, string table, string[] columns, IReadOnlyList<object?[]> rows)
    {
        using var copy = ((NpgsqlConnection)connection).BeginBinaryImport($"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            copy.StartRow();
            foreach (var value in row)
            {
                switch (value)
                {
                    case null or DBNull:
                        copy.WriteNull();
                        break;
                    case string text:
                        copy.Write(text, NpgsqlTypes.NpgsqlDbType.Text);
                        break;
                    default:
                        copy.Write(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture), NpgsqlTypes.NpgsqlDbType.Bigint);
                        break;
                }
            }
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
