namespace Zhiku.Knowledge.Maintenance;

/// <summary>
/// <c>zhiku-backup.json</c> of a backup: what it holds at its snapshot. The index commit is taken before the store, so its
/// checkpoint is never ahead of the store's last change; a restore catches the index up to the store.
/// </summary>
public sealed record BackupManifest
{
    public const string FormatName = "zhiku-backup";

    public const string FileName = "zhiku-backup.json";

    public string Format { get; init; } = FormatName;

    public int Version { get; init; } = 1;

    public required DateTime Created { get; init; }

    public required int SchemaVersion { get; init; }

    /// <summary>The store's last change sequence at the snapshot.</summary>
    public required long LastChange { get; init; }

    /// <summary>The change sequence the index commit in the backup had reached (a restore catches up from it).</summary>
    public required long IndexCheckpoint { get; init; }

    public required int Works { get; init; }

    /// <summary>The other files of the data directory in the backup (user dictionary, evaluations, uploads).</summary>
    public required int Files { get; init; }
}
