using System.Diagnostics;
using Npgsql;
using Xunit.Abstractions;
using Zhiku.Testing.Postgres;

namespace Zhiku.Tests.Storage.Postgres;

/// <summary>
/// A primary with a synchronous standby loses nothing it acknowledged when it is killed mid-writes: the standby is
/// promoted and the writer, reconnecting through the multi-host connection string, carries on there.
/// </summary>
public sealed class FailoverTests(ITestOutputHelper output)
{
    private const int RowsBeforeTheKill = 300;

    private const int RowsAfterThePromotion = 300;

    [Fact]
    public void Every_acknowledged_row_is_on_the_promoted_standby_after_the_primary_is_killed_mid_writes()
    {
        var clock = Stopwatch.StartNew();
        using var set = PostgresReplicaSet.Start();
        output.WriteLine($"primary and synchronous standby up: {clock.ElapsedMilliseconds} ms");
        Assert.Equal(("streaming", "sync"), set.Replication());
        using (var primary = new NpgsqlConnection(set.Primary.ConnectionString()))
        {
            primary.Open();
            using var create = new NpgsqlCommand(
                "CREATE TABLE writes(id BIGINT PRIMARY KEY, port INTEGER NOT NULL DEFAULT inet_server_port())", primary);
            create.ExecuteNonQuery();
        }

        // When: one thread writes row after row while the primary is killed and the standby promoted.
        using var writer = RowWriter.Start(set.ConnectionString());
        WaitUntil(() => writer.Acknowledged.Count >= RowsBeforeTheKill, "the writes before the kill");
        var killed = clock.Elapsed;
        set.Primary.Kill();
        set.Standby.Promote();
        output.WriteLine($"killed and promoted in {(clock.Elapsed - killed).TotalMilliseconds:F0} ms");
        var acknowledgedAtTheKill = writer.Acknowledged.Count;
        WaitUntil(() => writer.Acknowledged.Count >= acknowledgedAtTheKill + RowsAfterThePromotion, "the writes after the promotion");
        writer.Stop();
        output.WriteLine($"{writer.Acknowledged.Count} rows acknowledged, {writer.Failures} failed attempts, "
            + $"longest outage {writer.LongestOutage.TotalMilliseconds:F0} ms; whole test {clock.ElapsedMilliseconds} ms");

        // Then: the promoted standby has every acknowledged row, those before the kill from the primary.
        using var promoted = new NpgsqlConnection(set.Standby.ConnectionString());
        promoted.Open();
        Assert.Equal(false, Scalar(promoted, "SELECT pg_is_in_recovery()"));
        var rows = new Dictionary<long, int>();
        using (var read = new NpgsqlCommand("SELECT id, port FROM writes", promoted))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                rows[reader.GetInt64(0)] = reader.GetInt32(1);
            }
        }

        var lost = writer.Acknowledged.Where(id => !rows.ContainsKey(id)).Order().ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} acknowledged rows are not on the promoted standby: {string.Join(", ", lost.Take(20))}");
        Assert.True(writer.Failures > 0, "no write failed: the primary was not killed mid-writes");
        Assert.True(rows.Values.Count(p => p == set.Primary.Port) >= RowsBeforeTheKill, "too few rows written on the primary");
        Assert.True(rows.Values.Count(p => p == set.Standby.Port) >= RowsAfterThePromotion, "too few rows written on the promoted standby");
    }

    private static object? Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    private static void WaitUntil(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"timed out waiting for {what}");
            Thread.Sleep(5);
        }
    }
}
