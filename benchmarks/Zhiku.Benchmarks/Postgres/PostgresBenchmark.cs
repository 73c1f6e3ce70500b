using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Zhiku.Testing.Postgres;

namespace Zhiku.Benchmarks.Postgres;

/// <summary>
/// The PostgreSQL harness of the tests, timed: initdb and start of a throwaway cluster, its removal, a primary with a
/// synchronous standby, and a failover under writes (kill -9 of the primary, promotion, the writer's outage).
/// </summary>
internal static class PostgresBenchmark
{
    public static int Run(string[] args)
    {
        var rounds = args.Length > 1 && args[0] == "--rounds" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        if (PostgresBinaries.Missing() is { } missing)
        {
            Console.Error.WriteLine($"PostgreSQL is missing: {missing}");
            return 1;
        }

        Console.WriteLine($"{rounds} rounds; {Environment.ProcessorCount} cpus; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; load {Load()}");
        var start = new List<double>();
        var remove = new List<double>();
        var replicaSet = new List<double>();
        var outage = new List<double>();
        var promotion = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            var cluster = PostgresCluster.Start();
            start.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            cluster.Dispose();
            remove.Add(clock.Elapsed.TotalMilliseconds);

            clock.Restart();
            using var set = PostgresReplicaSet.Start();
            replicaSet.Add(clock.Elapsed.TotalMilliseconds);
            var (lost, promoted, longest) = Failover(set);
            if (lost > 0)
            {
                Console.Error.WriteLine($"round {round + 1}: {lost} acknowledged rows lost");
                return 1;
            }

            promotion.Add(promoted);
            outage.Add(longest);
        }

        Report("initdb + start of a cluster", start);
        Report("immediate stop + delete", remove);
        Report("primary + synchronous standby up", replicaSet);
        Report("kill -9 + promote", promotion);
        Report("writer's outage (failed write → next ack)", outage);
        return 0;
    }

    private static (int Lost, double PromotionMs, double OutageMs) Failover(PostgresReplicaSet set)
    {
        using (var primary = new NpgsqlConnection(set.Primary.ConnectionString()))
        {
            primary.Open();
            using var create = new NpgsqlCommand("CREATE TABLE writes(id BIGINT PRIMARY KEY)", primary);
            create.ExecuteNonQuery();
        }

        using var writer = RowWriter.Start(set.ConnectionString());
        while (writer.Acknowledged.Count < 300)
        {
            Thread.Sleep(5);
        }

        var clock = Stopwatch.StartNew();
        set.Failover();
        var promotion = clock.Elapsed.TotalMilliseconds;
        var atPromotion = writer.Acknowledged.Count;
        while (writer.Acknowledged.Count < atPromotion + 300)
        {
            Thread.Sleep(5);
        }

        writer.Stop();
        using var promoted = new NpgsqlConnection(set.Standby.ConnectionString());
        promoted.Open();
        var present = new HashSet<long>();
        using (var read = new NpgsqlCommand("SELECT id FROM writes", promoted))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                present.Add(reader.GetInt64(0));
            }
        }

        return (writer.Acknowledged.Count(id => !present.Contains(id)), promotion, writer.LongestOutage.TotalMilliseconds);
    }

    private static void Report(string what, List<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToList();
        Console.WriteLine($"{what,-45} median {sorted[sorted.Count / 2],6:F0} ms  min {sorted[0],6:F0}  max {sorted[^1],6:F0}");
    }

    private static string Load() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
