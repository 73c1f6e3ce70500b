using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Zhiku.Storage.Maintenance;

namespace Zhiku.Storage.Dialects;

/// <summary>
/// The embedded store: one SQLite file in WAL mode (readers see committed data beside the writer), positional
/// parameters bound by name ("$1"), the schema version in <c>PRAGMA user_version</c>, backups by <c>VACUUM INTO</c>.
/// </summary>
internal sealed class SqliteDialect(string databasePath) : SqlDialect
{
    private const string WriterSettings =
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF; PRAGMA busy_timeout = 10000; PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 10000;";

    private const string WaitForLocks = "PRAGMA busy_timeout = 10000;";

    // "$1" … "$320": a bulk insert binds up to 64 rows of 5 columns, and each name is made once.
    private static readonly string[] Names = [.. Enumerable.Range(0, 321).Select(i => "$" + i.ToString(CultureInfo.InvariantCulture))];

    public override string Name => "SQLite";

    public override string Kind => StoreBinding.Sqlite;

    public string DatabasePath { get; } = databasePath;

    public override DbConnection OpenWriter() => Open(SqliteOpenMode.ReadWriteCreate, WriterSettings);

    public override DbConnection OpenReader() => Open(SqliteOpenMode.ReadOnly, WaitForLocks);

    public override DbConnection OpenSideWriter() => Open(SqliteOpenMode.ReadWrite, WaitForLocks);

    public override int SchemaVersion(DbConnection connection) => (int)connection.Long("PRAGMA user_version");

    public override void Migrate(DbConnection connection) => Migrations.Apply(connection, this);

    public override string PositionalName(int position) =>
        position < Names.Length ? Names[position] : "$" + position.ToString(CultureInfo.InvariantCulture);

    protected override (string Insert, string Skip) SkipConflicts => ("INSERT OR IGNORE INTO ", string.Empty);

    // Without an explicit Prepare, Microsoft.Data.Sqlite compiles the SQL again on every execution.
    public override void Prepare(DbCommand command) => command.Prepare();

    public override string IntegrityCheck(DbConnection connection) =>
        Convert.ToString(connection.Scalar("PRAGMA quick_check"), CultureInfo.InvariantCulture) ?? "no answer";

    // VACUUM INTO reads the store in one transaction (WAL: beside a writer, without blocking it) into a compact file.
    public override void Snapshot(string targetFile)
    {
        using var connection = OpenReader();
        connection.Execute("VACUUM INTO @target;", ("@target", targetFile));
    }

    /// <summary>The schema version, last change and number of works of a SQLite store file (a backup's).</summary>
    public static SnapshotFacts Describe(string databaseFile)
    {
        using var connection = new SqliteDialect(databaseFile).OpenReader();
        return new SnapshotFacts(
            (int)connection.Long("PRAGMA user_version"),
            connection.Long("SELECT COALESCE(MAX(seq), 0) FROM changes"),
            (int)connection.Long("SELECT COUNT(*) FROM works"));
    }

    private SqliteConnection Open(SqliteOpenMode mode, string settings)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = mode,
            Pooling = false,
        }.ToString());
        connection.Open();
        connection.Execute(settings);
        return connection;
    }
}
