using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Zhiku.Testing.Postgres;

namespace Zhiku.Cli.Tests.Import;

/// <summary>A `zhiku import` process killed with SIGKILL mid-file leaves a store and index that agree.</summary>
public sealed class KilledImportTests
{
    private static readonly string NberPapers = CliRun.Shared("registries/nber/papers.csv");

    [Fact]
    public void A_killed_import_leaves_a_consistent_store_and_index_and_can_be_resumed()
    {
        using var cli = new CliRun();

        // Given an import of 30,083 NBER papers running in its own process
        using var process = Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "zhiku.dll"), "--data", cli.DataDirectory, "import", NberPapers])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;

        // When it is killed after its first chunks are committed
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (WorksIn(cli.DataDirectory) < 2000 && !process.HasExited && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(50);
        }

        Assert.False(process.HasExited, "the import finished before it could be killed: use a larger file");
        process.Kill(entireProcessTree: true);
        process.WaitForExit();

        // Then the store holds whole chunks, the index catches up to exactly the store, the batch says interrupted
        var stats = cli.Json("stats");
        var works = stats.GetProperty("works").GetInt32();
        var index = cli.Json("index", "status");
        Assert.InRange(works, 2000, 30_082);
        Assert.Equal(index.GetProperty("lastChange").GetInt64(), index.GetProperty("checkpoint").GetInt64());
        Assert.Equal(works, index.GetProperty("documents").GetInt32());
        Assert.Equal("interrupted", TestStore.Scalar(cli.DataDirectory, "SELECT status FROM batches WHERE id = 1"));

        // And importing again completes the file without duplicates
        var again = cli.Json("import", NberPapers);
        Assert.Equal(30_083 - works, again.GetProperty("imported").GetInt32());
        Assert.Equal(30_083, cli.Json("stats").GetProperty("works").GetInt32());
    }

    // The SQLite file or the bound PostgreSQL database, read beside the import (0 until its schema exists).
    private static long WorksIn(string dataDirectory)
    {
        try
        {
            return Convert.ToInt64(TestStore.Scalar(dataDirectory, "SELECT COUNT(*) FROM works") ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is SqliteException or Npgsql.NpgsqlException)
        {
            return 0; // schema not created yet, or busy
        }
    }
}
