using System.Text.Json;

namespace Zhiku.Cli.Tests.Durability;

/// <summary>
/// <c>zhiku backup</c> and <c>zhiku restore</c>: a snapshot taken while an import writes restores to a store and an
/// index that agree, and a restored copy answers stats, searches and every export as its source did. SQLite only: a
/// PostgreSQL store is backed up by the server, and zhiku backup refuses it.
/// </summary>
public sealed class BackupCommandTests
{
    private static readonly string[] Formats = ["ris", "bibtex", "csljson", "csv", "jsonl"];

    [Fact]
    public void A_restored_backup_answers_stats_searches_and_every_export_as_its_source()
    {
        using var source = new CliRun(bound: false);
        using var restored = new CliRun(bound: false);
        source.Json("import", CliRun.Shared("bibliographic/wos/bibliometrixdata_scientometrics.txt"), CliRun.Shared("registries/nber/papers.csv"));
        File.WriteAllText(Path.Combine(source.DataDirectory, "userdict.txt"), "科技智库 100\n");
        var backup = Path.Combine(restored.DataDirectory + "-backup", "kb.zip");
        Directory.CreateDirectory(Path.GetDirectoryName(backup)!);
        Directory.Delete(restored.DataDirectory);

        var manifest = source.Json("backup", "--out", backup);
        var restore = Json(restored.Run("restore", backup, "--json"));

        Assert.Equal(manifest.GetProperty("works").GetInt32(), restore.GetProperty("check").GetProperty("index").GetProperty("indexedOnce").GetInt32());
        Assert.Equal(source.Json("stats").ToString(), restored.Json("stats").ToString());
        foreach (var query in new[] { "citation analysis", "title:scientometrics AND year:[2000 TO 2010]", "author:garfield", "*" })
        {
            Assert.Equal(source.Json("search", query, "--limit", "50").ToString(), restored.Json("search", query, "--limit", "50").ToString());
        }

        foreach (var format in Formats)
        {
            Assert.Equal(source.Run("export", "--format", format).Output, restored.Run("export", "--format", format).Output);
        }

        Assert.Equal("科技智库 100\n", File.ReadAllText(Path.Combine(restored.DataDirectory, "userdict.txt")));
        Directory.Delete(Path.GetDirectoryName(backup)!, recursive: true);
    }

    [Fact]
    public void A_backup_taken_while_an_import_runs_restores_to_the_works_of_its_snapshot_indexed_once()
    {
        const int Rows = 12_000;
        using var source = new CliRun(bound: false);
        using var restored = new CliRun(bound: false);
        var table = GeneratedTable.Write(Path.Combine(source.DataDirectory + "-files"), Rows);
        var backup = Path.Combine(source.DataDirectory + "-files", "kb.zip");
        Directory.Delete(restored.DataDirectory);

        // Given an import running in another process, with some chunks committed
        using var import = ChildCli.Start(source.DataDirectory, "import", table);
        while (StoredWorks(source) < 2000 && !import.HasExited)
        {
            Thread.Sleep(100);
        }

        // When a backup is taken meanwhile, and the import goes on to the end
        var manifest = source.Json("backup", "--out", backup);
        var stillRunning = !import.HasExited;
        Assert.Equal(0, import.Wait(TimeSpan.FromMinutes(3)).Exit);

        // Then the restore holds exactly the snapshot's works, each indexed once, each as the source holds it
        var restore = Json(restored.Run("restore", backup, "--json"));
        var works = manifest.GetProperty("works").GetInt32();
        Assert.True(stillRunning && works is > 0 and < Rows, $"the backup saw {works} works: the import was not running");
        Assert.True(restore.GetProperty("check").GetProperty("ok").GetBoolean(), restore.ToString());
        KilledProcessTests.AssertExact(restored, works);
        var sourceLines = source.Run("export", "--format", "jsonl").Output.Split('\n').ToHashSet(StringComparer.Ordinal);
        var restoredLines = restored.Run("export", "--format", "jsonl").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(works, restoredLines.Length);
        Assert.All(restoredLines, line => Assert.Contains(line, sourceLines));
        Directory.Delete(Path.GetDirectoryName(backup)!, recursive: true);
    }

    [Fact]
    public void Restoring_into_a_data_directory_that_holds_files_or_from_a_file_that_is_no_backup_is_refused_with_a_reason()
    {
        using var cli = new CliRun(bound: false);
        cli.Json("import", CliRun.Shared("bibliographic/wos/metaknowledge_savedrecs.txt"));
        var notBackup = Path.Combine(cli.DataDirectory + "-files", "not-a-backup.zip");
        Directory.CreateDirectory(Path.GetDirectoryName(notBackup)!);
        File.WriteAllText(notBackup, "plain text");

        var intoFull = cli.Run("restore", notBackup);
        var target = Path.Combine(cli.DataDirectory + "-files", "empty");
        var (exit, _, error) = ZhikuRun("restore", notBackup, "--data", target);

        Assert.Equal(1, intoFull.Exit);
        Assert.Contains("restore into a new or empty data directory", intoFull.Error, StringComparison.Ordinal);
        Assert.Equal(1, exit);
        Assert.Contains("not-a-backup.zip: not a zhiku backup", error, StringComparison.Ordinal);
        Directory.Delete(Path.GetDirectoryName(notBackup)!, recursive: true);
    }

    [Fact]
    public void Restoring_with_a_postgresql_store_named_is_refused_and_points_to_zhiku_migrate()
    {
        var target = Path.Combine(Path.GetTempPath(), "zhiku-restore-" + Guid.NewGuid().ToString("N")[..8]);

        // The backup file need not exist: the store is refused before anything is read or written.
        var (exit, _, error) = ZhikuRun("restore", Path.Combine(target + "-files", "kb.zip"), "--data", target, "--store", "Host=127.0.0.1;Port=1;Database=zhiku;Username=zhiku");

        Assert.Equal(1, exit);
        Assert.Contains("not a PostgreSQL store", error, StringComparison.Ordinal);
        Assert.Contains("zhiku migrate", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(target), "nothing is written");
    }

    private static (int Exit, string Output, string Error) ZhikuRun(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        return (ZhikuCli.Run(args, output, error), output.ToString(), error.ToString());
    }

    private static JsonElement Json((int Exit, string Output, string Error) run)
    {
        Assert.True(run.Exit == 0, run.Error + run.Output);
        return JsonDocument.Parse(run.Output).RootElement;
    }

    private static long StoredWorks(CliRun cli)
    {
        var database = Path.Combine(cli.DataDirectory, "zhiku.db");
        if (!File.Exists(database))
        {
            return 0;
        }

        try
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM works";
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0;
        }
    }
}
