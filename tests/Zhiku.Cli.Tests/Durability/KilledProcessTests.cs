using System.Text.Json;

namespace Zhiku.Cli.Tests.Durability;

/// <summary>
/// Process-level crash tests: the real CLI killed with SIGKILL at seeded moments, then run again. Whatever the moment,
/// the store and the index end with exact counts and every work indexed once.
/// </summary>
public sealed class KilledProcessTests
{
    private const int Rows = 6000;

    [Theory]
    [InlineData(11)]
    [InlineData(23)]
    [InlineData(37)]
    public void An_import_killed_at_a_seeded_moment_and_run_again_stores_and_indexes_every_row_once(int seed)
    {
        using var cli = new CliRun();
        var table = GeneratedTable.Write(Path.Combine(cli.DataDirectory, "files"), Rows);

        // Given an import killed at a seeded moment (before its first commit, between chunks, or at the end)
        var killed = KillAfter(seed, 500, 5000, ChildCli.Start(cli.DataDirectory, "import", table));
        var before = cli.Json("stats").GetProperty("works").GetInt32();

        // When it is run again
        var again = cli.Json("import", table);

        // Then every row is one work, stored and indexed once
        Assert.True(killed || before == Rows, $"seed {seed}: the import finished with {before} works before it was killed");
        Assert.Equal(Rows - before, again.GetProperty("imported").GetInt32());
        Assert.Equal(before, again.GetProperty("unchanged").GetInt32());
        AssertExact(cli, Rows);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(8)]
    public void An_index_rebuild_killed_at_a_seeded_moment_leaves_an_index_the_next_command_completes(int seed)
    {
        using var cli = new CliRun();
        var table = GeneratedTable.Write(Path.Combine(cli.DataDirectory, "files"), Rows);
        cli.Json("import", table);

        KillAfter(seed, 300, 3000, ChildCli.Start(cli.DataDirectory, "index", "rebuild"));

        AssertExact(cli, Rows);
    }

    /// <summary>Kills a child after a seeded delay in [min, max) milliseconds; true when it was still running.</summary>
    internal static bool KillAfter(int seed, int min, int max, ChildCli child)
    {
        using (child)
        {
            Thread.Sleep(new Random(seed).Next(min, max));
            return child.Kill();
        }
    }

    /// <summary>Store and index hold exactly <paramref name="works"/> works, each indexed once, checkpoint at the store's last change.</summary>
    internal static void AssertExact(CliRun cli, int works)
    {
        Assert.Equal(works, cli.Json("stats").GetProperty("works").GetInt32());
        var index = cli.Json("index", "status");
        Assert.Equal(works, index.GetProperty("documents").GetInt32());
        Assert.Equal(index.GetProperty("lastChange").GetInt64(), index.GetProperty("checkpoint").GetInt64());
        var check = cli.Json("check");
        Assert.True(check.GetProperty("ok").GetBoolean(), check.ToString());
        Assert.Equal(works, check.GetProperty("index").GetProperty("indexedOnce").GetInt32());
    }

    internal static int Int(JsonElement element, string name) => element.GetProperty(name).GetInt32();
}
