namespace Zhiku.Cli.Tests.Durability;

/// <summary>
/// Defect 13: a command run during an import (stats, search) opened the index for writing, cleared the importer's
/// lock, and its writer deleted the segment files the importer had flushed but not committed: the import failed with
/// "Could not find file '…/index/_0.fdx'". Other processes now read the last commit and leave the writer alone.
/// </summary>
public sealed class ConcurrentCommandTests
{
    [Fact]
    public void Searches_and_stats_in_other_processes_during_an_import_leave_the_import_and_its_index_whole()
    {
        const int Rows = 12_000;
        using var cli = new CliRun();
        var table = GeneratedTable.Write(Path.Combine(cli.DataDirectory, "files"), Rows);
        var small = GeneratedTable.Write(Path.Combine(cli.DataDirectory, "small"), 10);

        // Given an import running in its own process
        using var import = ChildCli.Start(cli.DataDirectory, "import", table);
        while (!File.Exists(Path.Combine(cli.DataDirectory, "index", "write.lock")) && !import.HasExited)
        {
            Thread.Sleep(20);
        }

        // When other commands read the same data directory again and again while it runs
        var reads = 0;
        var refused = 0;
        while (!import.HasExited)
        {
            var stats = cli.Run("stats", "--json");
            var search = cli.Run("search", "policy", "--json");
            Assert.True(stats.Exit == 0 && search.Exit == 0, stats.Error + search.Error);
            reads++;
            if (reads == 2)
            {
                // and an import from another process is refused with a reason instead of writing beside it
                var second = cli.Run("import", small);
                if (!import.HasExited)
                {
                    Assert.Equal(1, second.Exit);
                    Assert.Contains("another zhiku process", second.Error, StringComparison.Ordinal);
                    refused++;
                }
            }
        }

        // Then the import succeeded and its index holds every row once
        var (exit, _, error) = import.Wait(TimeSpan.FromMinutes(3));
        Assert.True(exit == 0, error);
        Assert.True(reads >= 3 && refused == 1, $"only {reads} reads ran during the import: use a larger file");
        KilledProcessTests.AssertExact(cli, Rows);
    }
}
