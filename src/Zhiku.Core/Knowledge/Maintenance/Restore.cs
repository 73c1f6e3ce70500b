using System.IO.Compression;
using System.Text.Json;
using Zhiku.Storage;

namespace Zhiku.Knowledge.Maintenance;

/// <summary>
/// <c>zhiku restore</c>: unpacks a backup into a new data directory, lets the index catch up from its checkpoint to
/// the store, and checks that they agree.
/// </summary>
public static class Restore
{
    /// <summary>Why a restore does not write into a PostgreSQL store.</summary>
    public const string SharedStoreRefusal =
        "a backup restores an embedded (SQLite) data directory, not a PostgreSQL store: restore it without --store/ZHIKU_STORE, then move it with zhiku migrate --from DIR --to CONNECTION";

    public static (BackupManifest Manifest, CheckReport Check) Run(string backupFile, DataDirectory target)
    {
        if (!File.Exists(backupFile))
        {
            throw new FileNotFoundException($"{backupFile}: no such backup file");
        }

        if (Directory.Exists(target.Root) && Directory.EnumerateFileSystemEntries(target.Root).Any())
        {
            throw new ArgumentException($"{target}: restore into a new or empty data directory (this one holds files)");
        }

        var manifest = ReadManifest(backupFile);
        target.EnsureExists();
        ZipFile.ExtractToDirectory(backupFile, target.Root);
        File.Delete(Path.Combine(target.Root, BackupManifest.FileName));
        using var kb = KnowledgeBase.Open(target);
        return (manifest, ConsistencyCheck.Run(kb, repair: false));
    }

    private static BackupManifest ReadManifest(string backupFile)
    {
        try
        {
            using var zip = ZipFile.OpenRead(backupFile);
            var entry = zip.GetEntry(BackupManifest.FileName) ?? throw new InvalidDataException($"it has no {BackupManifest.FileName}");
            using var stream = entry.Open();
            var manifest = JsonSerializer.Deserialize<BackupManifest>(stream, Backup.ManifestJson);
            if (manifest is null || manifest.Format != BackupManifest.FormatName || zip.GetEntry("zhiku.db") is null)
            {
                throw new InvalidDataException("its manifest does not describe a zhiku backup with a zhiku.db");
            }

            if (manifest.SchemaVersion > Migrations.Latest)
            {
                throw new InvalidDataException($"its store has schema version {manifest.SchemaVersion}, newer than this build's {Migrations.Latest}: upgrade Zhiku");
            }

            return manifest;
        }
        catch (Exception e) when (e is InvalidDataException or JsonException)
        {
            throw new ArgumentException($"{backupFile}: not a zhiku backup: {e.Message}", e);
        }
    }
}
