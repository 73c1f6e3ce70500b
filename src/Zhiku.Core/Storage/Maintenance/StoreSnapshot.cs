using Microsoft.Data.Sqlite;

namespace Zhiku.Storage.Maintenance;

/// <summary>What a backup's manifest says of the store it holds.</summary>
internal sealed record SnapshotFacts(int SchemaVersion, long LastChange, int Works);

/// <summary>A consistent copy of a data directory's store, taken beside a running writer, and what it holds.</summary>
internal static class StoreSnapshot
{
    // VACUUM INTO reads the store in one transaction (WAL: beside a writer, without blocking it) into a compact file.
    public static void Copy(DataDirectory source, string target)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = source.DatabasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        connection.Execute("PRAGMA busy_timeout = 10000; VACUUM INTO @target;", ("@target", target));
    }

    /// <summary>The schema version, last change and number of works of a store file.</summary>
    public static SnapshotFacts Describe(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return new SnapshotFacts(
            (int)connection.Long("PRAGMA user_version"),
            connection.Long("SELECT COALESCE(MAX(seq), 0) FROM changes"),
            (int)connection.Long("SELECT COUNT(*) FROM works"));
    }
}
