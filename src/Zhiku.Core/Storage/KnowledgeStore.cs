using System.Data.Common;
using Zhiku.Model;
using Zhiku.Storage.Dialects;

namespace Zhiku.Storage;

/// <summary>
/// The store, the source of truth: by default one SQLite database in WAL mode in the data directory. Every change gets
/// a sequence number in the <c>changes</c> table; projections (the search index) catch up from it. The store speaks
/// ADO.NET's base types; what differs between SQL stores is its <see cref="SqlDialect"/>.
/// </summary>
public sealed class KnowledgeStore : IDisposable
{
    /// <summary>The organisation that owns records imported without <c>--owner</c>: the data directory's own institution.</summary>
    public const string HomeOrganisationName = "本机构 (Home organisation)";

    private KnowledgeStore(DataDirectory directory, SqlDialect dialect, DbConnection connection)
    {
        Directory = directory;
        Dialect = dialect;
        Connection = connection;
    }

    public DataDirectory Directory { get; }

    internal SqlDialect Dialect { get; }

    /// <summary>The single writer connection; use it through <see cref="BeginWrite"/>, <see cref="Write{T}"/> or <see cref="OnWriter{T}"/>.</summary>
    internal DbConnection Connection { get; private set; }

    // The writer connection serves one thread at a time: the import queue's chunks, curators' edits on request threads
    // and the reads made on it (a SQLite connection with an open transaction refuses any command outside it, a
    // PostgreSQL connection runs one command at a time). Reentrant, so that a write's body may read through it.
    private readonly object _writer = new();

    /// <summary>Where the store reports what it does on its own (reconnecting after a lost connection); nothing when null.</summary>
    public Action<string>? Log { get; set; }

    /// <summary>
    /// Opens (creating when missing) the store of a data directory and brings its schema up to date: the PostgreSQL
    /// store of <paramref name="location"/> when given (binding the directory to it), else the store the directory is
    /// bound to, else its embedded SQLite store. Batches left running are marked interrupted, unless
    /// <paramref name="recoverInterrupted"/> is false: a command that only manages accounts may run beside a server
    /// whose import is still going.
    /// </summary>
    public static KnowledgeStore Open(DataDirectory directory, StoreLocation? location = null, bool recoverInterrupted = true) =>
        Open(directory, StoreSelection.Dialect(directory, location), recoverInterrupted);

    /// <summary>Opens the store a dialect reaches, the data directory keeping the rest (index, files), and migrates it.</summary>
    internal static KnowledgeStore Open(DataDirectory directory, SqlDialect dialect, bool recoverInterrupted = true)
    {
        directory.EnsureExists();
        if (dialect is PostgresDialect shared)
        {
            StoreSelection.CheckBindable(directory, shared);
        }

        var connection = dialect.OpenWriter();
        KnowledgeStore store;
        try
        {
            dialect.Migrate(connection);
            store = new KnowledgeStore(directory, dialect, connection);
            store.Identity = Convert.ToString(connection.Scalar("SELECT value FROM store_meta WHERE key = 'identity'"), System.Globalization.CultureInfo.InvariantCulture)
                ?? throw new InvalidOperationException($"the {dialect.Name} store of {directory} has no identity (store_meta)");
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        if (dialect is PostgresDialect bound)
        {
            StoreSelection.Bind(directory, bound, store.Identity);
        }

        store.EnsureHomeOrganisation();
        if (recoverInterrupted)
        {
            BatchSql.MarkInterrupted(store);
        }

        return store;
    }

    /// <summary>The store's identity: a random id written once when the store was created, kept by <c>zhiku migrate</c>.</summary>
    public string Identity { get; private set; } = "";

    /// <summary>The store's kind: <see cref="StoreBinding.Sqlite"/> or <see cref="StoreBinding.Postgres"/>.</summary>
    public string Kind => Dialect.Kind;

    /// <summary>The id of the home organisation.</summary>
    public long HomeOrganisationId { get; private set; }

    /// <summary>The highest change sequence number in the store (0 when empty).</summary>
    public long LastSequence
    {
        get
        {
            lock (_writer)
            {
                EnsureConnected();
                try
                {
                    return Connection.Long("SELECT COALESCE(MAX(seq), 0) FROM changes");
                }
                catch (Exception e) when (Dialect.IsConnectionLost(e, Connection))
                {
                    // The server went away since the last use (a failover): ask the one the connection string finds now.
                    Reconnect($"the store's connection was lost ({e.Message})");
                    return Connection.Long("SELECT COALESCE(MAX(seq), 0) FROM changes");
                }
            }
        }
    }

    /// <summary>
    /// The highest change sequence number committed, read on a connection of its own: safe from any thread while the
    /// writer connection imports (a node following the store asks it every second).
    /// </summary>
    internal long CommittedSequence()
    {
        using var db = OpenReader();
        return db.Connection.Long("SELECT COALESCE(MAX(seq), 0) FROM changes");
    }

    /// <summary>A wake-up call when any node commits changes, or null where the store sends none (SQLite: poll).</summary>
    internal Feed.ChangeSignal? OpenChangeSignal() => Dialect.OpenChangeSignal();

    /// <summary>
    /// A second, read-only connection to the same store: it reads committed data while the writer writes, which is
    /// how the index projection follows an import on another thread.
    /// </summary>
    internal StoreReader OpenReader() => new(Dialect.OpenReader());

    /// <summary>Begins the one write transaction of this store; commit it with <see cref="WriteSession.Commit"/>, or dispose it to roll back.</summary>
    internal WriteSession BeginWrite(StoreCaches? caches = null)
    {
        // Waits while another thread writes; the session gives the connection back when it is disposed.
        Monitor.Enter(_writer);
        try
        {
            EnsureConnected();
            return new(this, caches, () => Monitor.Exit(_writer));
        }
        catch
        {
            Monitor.Exit(_writer);
            throw;
        }
    }

    /// <summary>Runs a read or a single statement on the writer connection, when no other thread is using it.</summary>
    internal T OnWriter<T>(Func<DbConnection, T> body)
    {
        lock (_writer)
        {
            EnsureConnected();
            return body(Connection);
        }
    }

    // A writer connection a failed command left broken is replaced before it is used again.
    private void EnsureConnected()
    {
        if (Connection.State != System.Data.ConnectionState.Open)
        {
            Reconnect("the store's connection was lost");
        }
    }

    /// <summary>
    /// Runs one write transaction and commits it; when the connection is lost on the way (a failover: the primary
    /// gone, a standby promoted), reconnects and runs it once more. The body must be safe to run twice: it finds what
    /// a first run may have committed before its acknowledgement was lost.
    /// </summary>
    internal T Write<T>(Func<WriteSession, T> body)
    {
        lock (_writer)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    using var session = BeginWrite();
                    var result = body(session);
                    session.Commit();
                    return result;
                }
                catch (Exception e) when (attempt == 1 && Dialect.IsConnectionLost(e, Connection))
                {
                    Reconnect($"the store's connection was lost during a write ({e.Message})");
                }
            }
        }
    }

    // A promoted standby takes a moment to accept writes: a multi-host connection string finds it when it does.
    private void Reconnect(string why)
    {
        Log?.Invoke($"{why}: reconnecting to {Dialect.Name} and retrying the write transaction once");
        Dialect.ConnectionLost();
        Connection.Dispose();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                Connection = Dialect.OpenWriter();
                Log?.Invoke($"reconnected to {Dialect.Name}");
                return;
            }
            catch (DbException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(250);
            }
        }
    }

    /// <summary>Whether an exception is the store's own failure (a locked, damaged or unreadable database), to report in one line.</summary>
    public static bool IsStoreFailure(Exception e) => e is DbException;

    /// <summary>The first value of a query on the writer connection (tests and checks), with named parameters.</summary>
    internal object? Scalar(string sql, params (string Name, object? Value)[] parameters) => OnWriter(c => c.Scalar(sql, parameters));

    /// <summary>Finds or creates an organisation by name and returns its id.</summary>
    public long EnsureOrganisation(string name, OrganisationType type = OrganisationType.Unknown)
    {
        EnsureConnected();
        if (FindOrganisation(name) is { } existing)
        {
            return existing;
        }

        return Write(session => new RegistryWriter(session, batchId: null, HomeOrganisationId == 0 ? null : HomeOrganisationId, AccessLevel.Public)
            .UpsertOrganisation(new OrganisationRecord { Name = name, Type = type }));
    }

    /// <summary>Records that <paramref name="partnerOrgId"/> may see what <paramref name="orgId"/> shares.</summary>
    public void AddPartner(long orgId, long partnerOrgId) => OnWriter(c =>
    {
        Partners.Add(c, orgId, partnerOrgId);
        return 0;
    });

    /// <summary>The organisations that share with <paramref name="orgId"/> (their shared records are visible to it).</summary>
    public IReadOnlyList<long> OrganisationsSharingWith(long orgId) => OnWriter(c => Partners.SharingWith(c, orgId));

    /// <summary>Every organisation, by id, with its users, owned works and whether an imported registry named it.</summary>
    public IReadOnlyList<Reading.OrganisationOverview> Organisations()
    {
        using var db = OpenReader();
        return [.. Reading.EntityRows.Overview(db)];
    }

    /// <summary>The id of an organisation by name, or null.</summary>
    public long? FindOrganisation(string name) =>
        OnWriter(c => c.Scalar("SELECT id FROM organisations WHERE norm_name = @n", ("@n", Normalise.Name(name)))) is { } id
            ? Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    private void EnsureHomeOrganisation() =>
        HomeOrganisationId = FindOrganisation(HomeOrganisationName) ?? EnsureOrganisation(HomeOrganisationName, OrganisationType.ThinkTank);

    public void Dispose() => Connection.Dispose();
}
