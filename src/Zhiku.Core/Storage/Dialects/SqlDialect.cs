using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Zhiku.Storage.Dialects;

/// <summary>
/// What differs between the SQL stores Zhiku runs on, so the SQL of each table family is written once: how
/// connections are opened and set up, the schema version and its migrations, how positional parameters (<c>$1</c>,
/// <c>$2</c>, ...) are bound, how the one write transaction begins, how many rows are inserted at once, and what only
/// one store can do (its integrity check, its backup). SQLite is <see cref="SqliteDialect"/>; a PostgreSQL dialect
/// (Npgsql) plugs in beside it.
/// </summary>
internal abstract class SqlDialect
{
    /// <summary>The store's name in messages ("SQLite").</summary>
    public abstract string Name { get; }

    /// <summary>The store's kind as a binding and <c>/health/ready</c> name it (<see cref="StoreBinding.Sqlite"/>, <see cref="StoreBinding.Postgres"/>).</summary>
    public abstract string Kind { get; }

    /// <summary>Opens the writer connection, creating the store when missing, with the store's settings applied.</summary>
    public abstract DbConnection OpenWriter();

    /// <summary>Opens a read-only connection that reads committed data beside the writer.</summary>
    public abstract DbConnection OpenReader();

    /// <summary>Opens a second read-write connection beside the writer (accounts: a sign-in never waits on an import).</summary>
    public abstract DbConnection OpenSideWriter();

    /// <summary>The schema version the store is at (0 when new).</summary>
    public abstract int SchemaVersion(DbConnection connection);

    /// <summary>Brings the schema up to this build's version; refuses a store newer than the build.</summary>
    public abstract void Migrate(DbConnection connection);

    /// <summary>
    /// Begins the single write transaction. The store hands out ids (<see cref="WriteSession.NextId"/>) and change
    /// sequence numbers (<see cref="ChangeLog"/>) from <c>MAX(…) + 1</c> read once per transaction, which is right only
    /// while one writer at a time holds this transaction. SQLite's write lock gives that; a PostgreSQL dialect must take
    /// a transaction-scoped advisory lock here (<c>SELECT pg_advisory_xact_lock(…)</c>) so that several Zhiku nodes
    /// writing one store still write one at a time.
    /// </summary>
    public virtual DbTransaction BeginWrite(DbConnection connection) => connection.BeginTransaction();

    /// <summary>The name a positional parameter (1-based) is bound under; empty for a provider that binds by position.</summary>
    public abstract string PositionalName(int position);

    /// <summary>Compiles a command that will run many times (after its parameters are known, where the provider needs them).</summary>
    public virtual void Prepare(DbCommand command)
    {
    }

    /// <summary>
    /// Inserts many rows into <paramref name="into"/> ("table(a, b)"), skipping rows whose key is already stored, as
    /// multi-row VALUES statements of up to 64 rows, deferred (<see cref="CommandCache.Defer"/>): PostgreSQL sends them
    /// in a batch with the other writes.
    /// </summary>
    public virtual void InsertRows(CommandCache sql, string into, int columns, IReadOnlyList<object?[]> rows)
    {
        const int MaxRows = 64;
        for (var start = 0; start < rows.Count; start += MaxRows)
        {
            var count = Math.Min(MaxRows, rows.Count - start);
            var values = new object?[count * columns];
            for (var r = 0; r < count; r++)
            {
                Array.Copy(rows[start + r], 0, values, r * columns, columns);
            }

            sql.Defer(sql.Text((into, count), () => ValuesSql(into, columns, count)), values);
        }
    }

    /// <summary>
    /// Whether writes whose outcome nobody reads (<see cref="CommandCache.Defer"/>) are sent together in one batch
    /// (<see cref="DbConnection.CreateBatch"/>) instead of one round trip each.
    /// </summary>
    public virtual bool BatchesWrites => false;

    /// <summary>Whether rows appended to the change feed are kept and copied in bulk at the commit (<see cref="CopyRows"/>).</summary>
    public virtual bool BuffersAppends => false;

    /// <summary>Copies rows (long, text or null values) into a table in bulk, inside the connection's transaction.</summary>
    public virtual void CopyRows(DbConnection connection, string table, string[] columns, IReadOnlyList<object?[]> rows) =>
        throw new NotSupportedException($"{Name} inserts appended rows at once");

    /// <summary>
    /// Tells the nodes that follow the store that changes up to <paramref name="lastSequence"/> are being committed,
    /// inside the write transaction (so the message leaves only if it commits). SQLite has no one to tell: its
    /// followers poll.
    /// </summary>
    public virtual void AnnounceChanges(CommandCache sql, long lastSequence)
    {
    }

    /// <summary>
    /// What ends a query that claims rows for this node: PostgreSQL skips the rows another node holds
    /// (<c>FOR UPDATE SKIP LOCKED</c>); SQLite has one writer process, whose write transaction already excludes the rest.
    /// </summary>
    public virtual string ClaimRows => string.Empty;

    /// <summary>A wake-up call for a node when changes commit, or null where the store sends none (polling only).</summary>
    public virtual Feed.ChangeSignal? OpenChangeSignal() => null;

    /// <summary>Whether a failed command lost its connection (the server went away), so a write may be retried on a new one.</summary>
    public virtual bool IsConnectionLost(Exception e, DbConnection connection) => false;

    /// <summary>Forgets pooled connections after one was lost (they lead to the server that went away).</summary>
    public virtual void ConnectionLost()
    {
    }

    /// <summary>The integrity check's answer: "ok" when the store is intact, else what is wrong.</summary>
    public abstract string IntegrityCheck(DbConnection connection);

    /// <summary>Writes a consistent copy of the store into a file, beside a running writer (the backup's store).</summary>
    public abstract void Snapshot(string targetFile);

    /// <summary>How a bulk insert begins and ends so that rows whose key is stored are skipped.</summary>
    protected virtual (string Insert, string Skip) SkipConflicts => ("INSERT INTO ", " ON CONFLICT DO NOTHING");

    private string ValuesSql(string into, int columns, int count)
    {
        var (insert, skip) = SkipConflicts;
        var sql = new StringBuilder(insert).Append(into).Append(" VALUES ");
        for (var r = 0; r < count; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 1; c <= columns; c++)
            {
                sql.Append(c == 1 ? "$" : ", $").Append(((r * columns) + c).ToString(CultureInfo.InvariantCulture));
            }

            sql.Append(')');
        }

        return sql.Append(skip).ToString();
    }
}
