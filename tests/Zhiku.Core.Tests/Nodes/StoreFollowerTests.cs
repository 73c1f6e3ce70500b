using Npgsql;
using Xunit.Abstractions;
using Zhiku.Formats;
using Zhiku.Importing.Pipeline;
using Zhiku.Nodes;
using Zhiku.Testing.Postgres;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Nodes;

/// <summary>
/// A node follows the store other nodes write: woken by PostgreSQL's notifications, polling where there are none
/// (SQLite, a lost connection), catching up on start and building a new replica from the store.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class StoreFollowerTests(PostgresServer server, ITestOutputHelper output)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task A_listening_node_finds_another_nodes_import_by_search_within_two_seconds_without_waiting_for_a_poll()
    {
        using var dirA = new TempDataDirectory();
        using var dirB = new TempDataDirectory();
        using var database = server.CreateDatabase();
        using var a = NodeKit.Node(dirA, database);
        using var b = NodeKit.Node(dirB, database);
        var follower = new StoreFollower(b, new FollowerOptions { PollInterval = TimeSpan.FromMinutes(5) });
        using var stop = new CancellationTokenSource();
        var running = follower.RunAsync(stop.Token);
        NodeKit.Within(TimeSpan.FromSeconds(10), () => follower.Status.Listening, "node B listens");
        Assert.Equal(0, NodeKit.Hits(b, "citation"));

        a.Import([NodeKit.WosFile], new ImportOptions());
        var took = NodeKit.Within(Deadline, () => NodeKit.Hits(b, "citation") > 0, "node A's import searchable on node B");

        output.WriteLine($"notification to searchable on node B: {took.TotalMilliseconds:0} ms");
        Assert.Equal(NodeKit.Hits(a, "citation"), NodeKit.Hits(b, "citation"));
        Assert.Equal(a.IndexState().Documents, b.IndexState().Documents);
        Assert.Equal("notifications", follower.Status.Mode);
        await stop.CancelAsync();
        await running;
    }

    [Fact]
    public async Task A_node_whose_notification_connection_is_killed_polls_meanwhile_and_listens_again()
    {
        using var dirA = new TempDataDirectory();
        using var dirB = new TempDataDirectory();
        using var database = server.CreateDatabase();
        using var a = NodeKit.Node(dirA, database);
        using var b = NodeKit.Node(dirB, database);
        var lines = new List<string>();
        var follower = new StoreFollower(b, new FollowerOptions { PollInterval = TimeSpan.FromMilliseconds(200) }, line => { lock (lines) { lines.Add(line); } });
        using var stop = new CancellationTokenSource();
        var running = follower.RunAsync(stop.Token);
        NodeKit.Within(TimeSpan.FromSeconds(10), () => follower.Status.Listening, "node B listens");

        Assert.Equal(1, TerminateListeners(database));
        a.Import([NodeKit.WosFile], new ImportOptions());

        NodeKit.Within(Deadline, () => NodeKit.Hits(b, "citation") > 0, "node A's import searchable on node B after the connection was killed");
        NodeKit.Within(TimeSpan.FromSeconds(10), () => follower.Status.Listening && CountListeners(database) == 1, "node B listens again");
        lock (lines)
        {
            Assert.Contains(lines, l => l.StartsWith("lost the store's notifications", StringComparison.Ordinal));
        }

        a.Import([NodeKit.WosTabFile], new ImportOptions());
        NodeKit.Within(Deadline, () => b.IndexState().Documents == a.IndexState().Documents, "the next import on node B");
        await stop.CancelAsync();
        await running;
    }

    [Fact]
    public async Task A_node_on_SQLite_polls_and_indexes_what_another_process_wrote_to_its_store()
    {
        using var dir = TempDataDirectory.OnSqlite("SQLite sends no notifications: its nodes poll");
        using var node = dir.Open();
        var follower = new StoreFollower(node, new FollowerOptions { PollInterval = TimeSpan.FromMilliseconds(100) });
        using var stop = new CancellationTokenSource();
        var running = follower.RunAsync(stop.Token);

        // The store alone, as a second process writes it while the server holds the index.
        using (var other = Zhiku.Storage.KnowledgeStore.Open(dir.Directory, recoverInterrupted: false))
        {
            new ImportService(other, ImporterCatalog.Default).Import([NodeKit.WosFile], new ImportOptions());
        }

        // The first hits show while the follower still indexes the rest of the import: wait for the whole of it.
        NodeKit.Within(TimeSpan.FromSeconds(30), () => node.IndexState() is var state && state.Checkpoint == state.LastChange && NodeKit.Hits(node, "citation") > 0, "the other process's import searchable and indexed to its last change");
        Assert.Equal(node.IndexState().LastChange, node.IndexState().Checkpoint);
        Assert.Equal("polling", follower.Status.Mode);
        await stop.CancelAsync();
        await running;
    }

    [Fact]
    public void A_new_node_with_an_empty_data_directory_builds_its_replica_from_the_store()
    {
        using var dirA = new TempDataDirectory();
        using var dirB = new TempDataDirectory();
        using var database = server.CreateDatabase();
        using var a = NodeKit.Node(dirA, database);
        a.Import([NodeKit.WosFile, NodeKit.WosTabFile], new ImportOptions());

        using var b = NodeKit.Node(dirB, database);

        Assert.True(b.IndexState().Documents > 200);
        Assert.Equal(a.IndexState(), b.IndexState());
        Assert.Equal(NodeKit.Hits(a, "citation"), NodeKit.Hits(b, "citation"));
    }

    [Fact]
    public void A_node_that_was_down_catches_up_on_start_from_its_checkpoint()
    {
        using var dirA = new TempDataDirectory();
        using var dirB = new TempDataDirectory();
        using var database = server.CreateDatabase();
        using var a = NodeKit.Node(dirA, database);
        a.Import([NodeKit.WosFile], new ImportOptions());
        long checkpoint;
        using (var b = NodeKit.Node(dirB, database))
        {
            checkpoint = b.IndexState().Checkpoint;
        }

        a.Import([NodeKit.WosTabFile], new ImportOptions());
        using var again = NodeKit.Node(dirB, database);

        Assert.True(a.IndexState().LastChange > checkpoint);
        Assert.Equal(a.IndexState(), again.IndexState());
    }

    private static int TerminateListeners(PostgresDatabase database)
    {
        using var connection = database.Open();
        using var cmd = new NpgsqlCommand(
            "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN zhiku_changes%'", connection);
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int CountListeners(PostgresDatabase database)
    {
        using var connection = database.Open();
        using var cmd = new NpgsqlCommand(
            "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN zhiku_changes%'", connection);
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
