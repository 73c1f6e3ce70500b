using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;
using Xunit.Abstractions;
using Zhiku.Knowledge;
using Zhiku.Nodes;
using Zhiku.Storage;
using Zhiku.Storage.Dialects;
using Zhiku.Testing.Postgres;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Nodes;

/// <summary>
/// The Zhiku store through a failover: a node writing in a loop on a multi-host connection string loses its primary
/// (kill -9) and carries on on the promoted standby, retrying the write transaction the kill broke; every write it
/// acknowledged is there, and a second node's index follows the promoted server.
/// </summary>
public sealed class StoreFailoverTests(ITestOutputHelper output)
{
    private const int WritesBeforeTheKill = 40;
    private const int WritesAfterThePromotion = 40;

    [Fact]
    public async Task Every_write_the_store_acknowledged_is_on_the_promoted_standby_and_the_other_nodes_index_follows_it()
    {
        using var set = PostgresReplicaSet.Start();
        using var dirA = new TempDataDirectory();
        using var dirB = new TempDataDirectory();
        var connection = set.ConnectionString();
        var log = new ConcurrentQueue<string>();
        using var a = KnowledgeBase.Open(KnowledgeStore.Open(dirA.Directory, new PostgresDialect(connection)));
        a.Store.Log = log.Enqueue;
        using var b = KnowledgeBase.Open(KnowledgeStore.Open(dirB.Directory, new PostgresDialect(connection)));
        var follower = new StoreFollower(b, new FollowerOptions { PollInterval = TimeSpan.FromMilliseconds(200) }, line => output.WriteLine($"node B: {line}"));
        using var stop = new CancellationTokenSource();
        var following = follower.RunAsync(stop.Token);

        // When: node A creates organisation after organisation while the primary is killed and the standby promoted.
        var acknowledged = new ConcurrentQueue<string>();
        var failures = 0;
        var writing = Task.Run(() =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var name = $"Failover Institute {i}";
                try
                {
                    a.EnsureOrganisation(name);
                    acknowledged.Enqueue(name);
                }
                catch (Exception e) when (KnowledgeStore.IsStoreFailure(e) || e is InvalidOperationException)
                {
                    Interlocked.Increment(ref failures);
                    Thread.Sleep(50);
                }
            }
        });
        WaitUntil(() => acknowledged.Count >= WritesBeforeTheKill, "the writes before the kill");
        set.Primary.Kill();
        set.Standby.Promote();
        var atTheKill = acknowledged.Count;
        WaitUntil(() => acknowledged.Count >= atTheKill + WritesAfterThePromotion, "the writes after the promotion");
        await stop.CancelAsync();
        await writing;
        await following;
        output.WriteLine($"{acknowledged.Count} writes acknowledged, {failures} failed; node A's log: {string.Join(" | ", log)}");

        // Then: every acknowledged organisation is on the promoted server, and node B's index caught up with it.
        using var promoted = new NpgsqlConnection(set.Standby.ConnectionString());
        promoted.Open();
        var stored = new HashSet<string>(StringComparer.Ordinal);
        using (var read = new NpgsqlCommand("SELECT name FROM organisations", promoted))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                stored.Add(reader.GetString(0));
            }
        }

        var lost = acknowledged.Where(n => !stored.Contains(n)).ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} acknowledged writes are not on the promoted standby: {string.Join(", ", lost.Take(10))}");
        Assert.Contains(log, l => l.Contains("reconnecting to PostgreSQL and retrying the write transaction once", StringComparison.Ordinal));
        long last;
        using (var max = new NpgsqlCommand("SELECT MAX(seq) FROM changes", promoted))
        {
            last = (long)max.ExecuteScalar()!;
        }

        follower.CatchUp();
        Assert.Equal(last, b.IndexState().Checkpoint);
        Assert.Equal(last, b.IndexState().LastChange);
    }

    private static void WaitUntil(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), $"timed out waiting for {what}");
            Thread.Sleep(10);
        }
    }
}
