using Zhiku.Storage.Dialects;

namespace Zhiku.Storage.Maintenance;

/// <summary>What a backup's manifest says of the store it holds.</summary>
internal sealed record SnapshotFacts(int SchemaVersion, long LastChange, int Works);

/// <summary>A consistent copy of a data directory's store, taken beside a running writer, and what it holds.</summary>
internal static class StoreSnapshot
{
    /// <summary>Copies the store of a data directory into a file.</summary>
    public static void Copy(DataDirectory source, string target) => new SqliteDialect(source.DatabasePath).Snapshot(target);

    /// <summary>The schema version, last change and number of works of a store file.</summary>
    public static SnapshotFacts Describe(string database) => SqliteDialect.Describe(database);
}
