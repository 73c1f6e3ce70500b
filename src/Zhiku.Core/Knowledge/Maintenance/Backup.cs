using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Lucene.Net.Index;
using Zhiku.Storage;
using Zhiku.Storage.Maintenance;
using LuceneFs = Lucene.Net.Store.FSDirectory;

namespace Zhiku.Knowledge.Maintenance;

/// <summary>
/// <c>zhiku backup</c>: a consistent snapshot of a data directory in one zip file, taken while imports and the server
/// run. It writes nothing in the data directory: the index's last commit is copied first (retried when the writing
/// process commits meanwhile and deletes its files), then SQLite's <c>VACUUM INTO</c> copies the store in one read
/// transaction. The store is then at or after the index checkpoint, and the restore lets the index catch up.
/// </summary>
public static class Backup
{
    internal static readonly JsonSerializerOptions ManifestJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private const int Attempts = 10;

    /// <summary>Why a data directory bound to a PostgreSQL store has no backup of its own.</summary>
    public const string SharedStoreRefusal =
        "a PostgreSQL store is backed up by the server (pg_dump, a standby, base backups), not by zhiku backup; the index is rebuilt from the store";

    public static BackupManifest Create(DataDirectory source, string outFile)
    {
        if (StoreBinding.Read(source) is { IsPostgres: true })
        {
            throw new InvalidOperationException($"{source}: {SharedStoreRefusal}");
        }

        if (!File.Exists(source.DatabasePath))
        {
            throw new FileNotFoundException($"{source}: no knowledge base to back up (no zhiku.db)");
        }

        var output = Path.GetFullPath(outFile);
        if (output.StartsWith(source.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"{output}: write the backup outside the data directory {source}");
        }

        var staging = Path.Combine(Path.GetDirectoryName(output)!, ".zhiku-backup-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(staging);
        try
        {
            var checkpoint = CopyIndexCommit(source, Path.Combine(staging, "index"));
            var database = Path.Combine(staging, "zhiku.db");
            SnapshotStore(source, database);
            var files = CopyOtherFiles(source, staging);
            var manifest = Describe(database, checkpoint, files);
            File.WriteAllText(Path.Combine(staging, BackupManifest.FileName), JsonSerializer.Serialize(manifest, ManifestJson));
            var temporary = output + ".partial";
            File.Delete(temporary);
            ZipFile.CreateFromDirectory(staging, temporary, CompressionLevel.Fastest, includeBaseDirectory: false);
            File.Move(temporary, output, overwrite: true);
            return manifest;
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    // The files of the index's last commit. The writing process deletes a commit's files when it commits the next
    // one: a file gone while copying means a newer commit, so the copy starts again from that one.
    private static long CopyIndexCommit(DataDirectory source, string target)
    {
        if (!Directory.Exists(source.IndexPath))
        {
            return 0;
        }

        using var directory = LuceneFs.Open(new DirectoryInfo(source.IndexPath));
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (!DirectoryReader.IndexExists(directory))
                {
                    return 0;
                }

                if (Directory.Exists(target))
                {
                    Directory.Delete(target, recursive: true);
                }

                Directory.CreateDirectory(target);
                var commit = DirectoryReader.ListCommits(directory)[^1];
                foreach (var name in commit.FileNames)
                {
                    File.Copy(Path.Combine(source.IndexPath, name), Path.Combine(target, name));
                }

                return commit.UserData.TryGetValue("zhiku.seq", out var seq) ? long.Parse(seq, CultureInfo.InvariantCulture) : 0;
            }
            catch (IOException) when (attempt < Attempts)
            {
                Thread.Sleep(100 * attempt);
            }
        }
    }

    // The store's own consistent copy (SQLite: VACUUM INTO, one read transaction beside a writer, without blocking it).
    private static void SnapshotStore(DataDirectory source, string target) => StoreSnapshot.Copy(source, target);

    // Everything else of the data directory (user dictionary, evaluation runs, uploaded files), as it is now.
    private static int CopyOtherFiles(DataDirectory source, string staging)
    {
        var skipped = new HashSet<string>(StringComparer.Ordinal)
        {
            source.DatabasePath, source.DatabasePath + "-wal", source.DatabasePath + "-shm", source.IndexWriterLockPath,
            Path.Combine(source.Root, BackupManifest.FileName),
        };
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(source.Root, "*", SearchOption.AllDirectories))
        {
            if (skipped.Contains(file) || file.StartsWith(source.IndexPath + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(staging, Path.GetRelativePath(source.Root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            try
            {
                File.Copy(file, target);
                count++;
            }
            catch (FileNotFoundException)
            {
                // Removed since it was listed (a finished upload's temporary file): not part of the snapshot.
            }
        }

        return count;
    }

    private static BackupManifest Describe(string database, long checkpoint, int files)
    {
        var facts = StoreSnapshot.Describe(database);
        return new BackupManifest
        {
            Created = DateTime.UtcNow,
            SchemaVersion = facts.SchemaVersion,
            LastChange = facts.LastChange,
            IndexCheckpoint = checkpoint,
            Works = facts.Works,
            Files = files,
        };
    }
}
