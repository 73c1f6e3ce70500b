using Microsoft.Data.Sqlite;
using Zhiku.Model;

namespace Zhiku.Storage;

/// <summary>
/// The embedded store: one SQLite database in WAL mode, the source of truth. Every change gets a sequence number in the
/// <c>changes</c> table; projections (the search index) catch up from it.
/// </summary>
public sealed class KnowledgeStore : IDisposable
{
    /// <summary>The organisation that owns records imported without <c>--owner</c>: the data directory's own institution.</summary>
    public const string HomeOrganisationName = "本机构 (Home organisation)";

    private KnowledgeStore(DataDirectory directory, SqliteConnection connection)
    {
        Directory = directory;
        Connection = connection;
    }

    public DataDirectory Directory { get; }

    internal SqliteConnection Connection { get; }

    /// <summary>
    /// Opens (creating when missing) the store of a data directory and brings its schema up to date. Batches left
    /// running are marked interrupted, unless <paramref name="recoverInterrupted"/> is false: a command that only
    /// manages accounts may run beside a server whose import is still going.
    /// </summary>
    public static KnowledgeStore Open(DataDirectory directory, bool recoverInterrupted = true)
    {
        directory.EnsureExists();
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = directory.DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF; PRAGMA busy_timeout = 10000; PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 10000;");
        Migrations.Apply(connection);
        var store = new KnowledgeStore(directory, connection);
        store.EnsureHomeOrganisation();
        if (recoverInterrupted)
        {
            store.MarkInterruptedBatches();
        }

        return store;
    }

    /// <summary>The id of the home organisation.</summary>
    public long HomeOrganisationId { get; private set; }

    /// <summary>The highest change sequence number in the store (0 when empty).</summary>
    public long LastSequence => Convert.ToInt64(Scalar("SELECT COALESCE(MAX(seq), 0) FROM changes"));

    /// <summary>
    /// A second, read-only connection to the same database: WAL lets it read committed data while the main connection
    /// writes, which is how the index projection follows an import on another thread.
    /// </summary>
    internal StoreReader OpenReader() => new(OpenReadOnly());

    private SqliteConnection OpenReadOnly()
    {
        var reader = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Directory.DatabasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        reader.Open();
        using var cmd = reader.CreateCommand();
        cmd.CommandText = "PRAGMA busy_timeout = 10000;";
        cmd.ExecuteNonQuery();
        return reader;
    }

    internal SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var cmd = Connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = transaction;
        return cmd;
    }

    internal object? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(sql);
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return cmd.ExecuteScalar();
    }

    /// <summary>Begins the one write transaction of this store; commit it with <see cref="WriteSession.Commit"/>, or dispose it to roll back.</summary>
    internal WriteSession BeginWrite(StoreCaches? caches = null) => new(this, Connection.BeginTransaction(), caches);

    /// <summary>Whether an exception is the store's own failure (a locked, damaged or unreadable database), to report in one line.</summary>
    public static bool IsStoreFailure(Exception e) => e is System.Data.Common.DbException;

    /// <summary>Finds or creates an organisation by name and returns its id.</summary>
    public long EnsureOrganisation(string name, OrganisationType type = OrganisationType.Unknown)
    {
        if (FindOrganisation(name) is { } existing)
        {
            return existing;
        }

        using var session = BeginWrite();
        var writer = new RegistryWriter(session, batchId: null, HomeOrganisationId == 0 ? null : HomeOrganisationId, AccessLevel.Public);
        var id = writer.UpsertOrganisation(new OrganisationRecord { Name = name, Type = type });
        session.Commit();
        return id;
    }

    /// <summary>Records that <paramref name="partnerOrgId"/> may see what <paramref name="orgId"/> shares.</summary>
    public void AddPartner(long orgId, long partnerOrgId) => Partners.Add(Connection, orgId, partnerOrgId);

    /// <summary>The organisations that share with <paramref name="orgId"/> (their shared records are visible to it).</summary>
    public IReadOnlyList<long> OrganisationsSharingWith(long orgId) => Partners.SharingWith(Connection, orgId);

    /// <summary>Every organisation, by id, with its users, owned works and whether an imported registry named it.</summary>
    public IReadOnlyList<Reading.OrganisationOverview> Organisations()
    {
        using var db = OpenReader();
        return [.. Reading.EntityRows.Overview(db)];
    }

    /// <summary>The id of an organisation by name, or null.</summary>
    public long? FindOrganisation(string name)
    {
        var id = Scalar("SELECT id FROM organisations WHERE norm_name = $n", ("$n", Normalise.Name(name)));
        return id is null ? null : Convert.ToInt64(id);
    }

    private void EnsureHomeOrganisation()
    {
        var existing = Scalar("SELECT id FROM organisations WHERE norm_name = $n", ("$n", Normalise.Name(HomeOrganisationName)));
        HomeOrganisationId = existing is null ? EnsureOrganisation(HomeOrganisationName, OrganisationType.ThinkTank) : Convert.ToInt64(existing);
    }

    private void MarkInterruptedBatches() => BatchSql.MarkInterrupted(this);

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public void Dispose() => Connection.Dispose();
}
