using System.Collections.Concurrent;
using System.Text;
using Zhiku.Nodes;
using Zhiku.Testing.Postgres;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Nodes;

/// <summary>Import jobs in the store: claimed by one node at a time, their files kept in the store, taken over when a node stops.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ImportJobBoardTests(PostgresServer server)
{
    [Fact]
    public async Task Two_nodes_with_two_workers_each_claim_every_queued_job_exactly_once()
    {
        using var dirA = new TempDataDirectory();
        using var dirB = new TempDataDirectory();
        using var database = server.CreateDatabase();
        using var a = NodeKit.Node(dirA, database);
        using var b = NodeKit.Node(dirB, database);
        var queued = Enumerable.Range(0, 40).Select(i => new ImportJobBoard(i % 2 == 0 ? a : b)
            .Enqueue($"job {i}", null, "{}", [new ImportUpload($"f{i}.txt", Encoding.UTF8.GetBytes($"file {i}"))]).Id).ToList();
        var claims = new ConcurrentBag<(string Job, string Node)>();

        // The four workers start together and each holds its job a moment, as an import would, so that they compete.
        using var start = new Barrier(4);
        var workers = new[] { (a, "A1"), (a, "A2"), (b, "B1"), (b, "B2") }.Select(w => Task.Factory.StartNew(() =>
        {
            var board = new ImportJobBoard(w.Item1);
            start.SignalAndWait();
            while (board.Claim(w.Item2) is { } job)
            {
                claims.Add((job.Id, w.Item2));
                Thread.Sleep(10);
                Assert.True(board.Finish(job.Id, w.Item2, succeeded: true, report: "{}", failure: null));
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        await Task.WhenAll(workers);

        Assert.Equal(queued.Order(), claims.Select(c => c.Job).Order());
        Assert.True(claims.Select(c => c.Node).Distinct().Count() > 1, "only one worker claimed jobs");
        Assert.All(new ImportJobBoard(a).Recent(), j => Assert.Equal((ImportJobStates.Done, 1), (j.State, j.Attempts)));
    }

    [Fact]
    public void A_job_keeps_its_uploaded_files_in_the_store_until_it_ends()
    {
        using var dir = new TempDataDirectory();
        using var kb = dir.Open();
        var board = new ImportJobBoard(kb);
        var bytes = File.ReadAllBytes(NodeKit.WosFile);

        var job = board.Enqueue("wos", 7, "{\"access\":\"shared\"}", [new ImportUpload("savedrecs.txt", bytes), new ImportUpload("b.txt", [1, 2])]);
        var claimed = board.Claim("node-1");

        Assert.Equal(job.Id, claimed?.Id);
        Assert.Equal((ImportJobStates.Running, "node-1", 7L), (claimed!.State, claimed.Node, claimed.OrganisationId));
        Assert.Equal(["savedrecs.txt", "b.txt"], board.Files(job.Id).Select(f => f.Name));
        Assert.Equal(bytes, board.Files(job.Id)[0].Bytes);
        Assert.True(board.Heartbeat(job.Id, "node-1", "{\"records\":5}"));
        Assert.Equal("{\"records\":5}", board.Find(job.Id)!.Progress);
        Assert.True(board.Finish(job.Id, "node-1", succeeded: false, report: null, failure: "no importer"));
        Assert.Empty(board.Files(job.Id));
        Assert.Equal((ImportJobStates.Failed, "no importer"), (board.Find(job.Id)!.State, board.Find(job.Id)!.Failure));
        Assert.Null(board.Claim("node-1"));
    }

    [Fact]
    public void A_job_whose_node_stopped_heartbeating_is_queued_again_then_failed_as_interrupted()
    {
        using var dirA = new TempDataDirectory();
        using var dirB = new TempDataDirectory();
        using var database = server.CreateDatabase();
        using var a = NodeKit.Node(dirA, database);
        using var b = NodeKit.Node(dirB, database);
        var boardA = new ImportJobBoard(a);
        var boardB = new ImportJobBoard(b) { StaleAfter = TimeSpan.Zero };
        var job = boardA.Enqueue("wos", null, "{}", [new ImportUpload("a.txt", [1])]);
        Assert.NotNull(boardA.Claim("A"));
        Thread.Sleep(5);

        Assert.Equal((1, 0), boardB.RecoverStale());
        Assert.Equal("B", boardB.Claim("B")?.Node);
        Assert.False(boardA.Heartbeat(job.Id, "A", null));
        Assert.False(boardA.Finish(job.Id, "A", succeeded: true, report: "{}", failure: null));
        Thread.Sleep(5);
        Assert.Equal((0, 1), boardB.RecoverStale());

        var failed = boardA.Find(job.Id)!;
        Assert.Equal((ImportJobStates.Failed, 2), (failed.State, failed.Attempts));
        Assert.StartsWith("interrupted", failed.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_job_pinned_to_a_node_is_claimed_by_that_node_only()
    {
        using var dir = new TempDataDirectory();
        using var kb = dir.Open();
        var board = new ImportJobBoard(kb);
        var job = board.Enqueue("samples", null, "{}", [], pinnedNode: "A", localPaths: ["/srv/samples/a.txt"]);

        Assert.Null(board.Claim("B"));
        Assert.Equal(job.Id, board.Claim("A")?.Id);
        Assert.Equal(["/srv/samples/a.txt"], board.LocalPaths(job.Id));
    }
}
