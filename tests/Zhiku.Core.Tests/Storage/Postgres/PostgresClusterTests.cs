using System.Diagnostics;
using Npgsql;
using Xunit.Abstractions;
using Zhiku.Testing.Postgres;

namespace Zhiku.Tests.Storage.Postgres;

/// <summary>The throwaway cluster of the tests: where it listens, how it dies and that it leaves nothing behind.</summary>
public sealed class PostgresClusterTests(ITestOutputHelper output)
{
    [Fact]
    public void A_throwaway_cluster_listens_on_loopback_with_its_socket_in_its_folder_and_fsync_off()
    {
        Assert.Null(PostgresBinaries.Missing());
        var clock = Stopwatch.StartNew();
        string root;
        int pid;
        using (var cluster = PostgresCluster.Start())
        {
            output.WriteLine($"initdb and start: {clock.ElapsedMilliseconds} ms");
            root = cluster.Root;
            pid = cluster.ProcessId ?? throw new InvalidOperationException("no postmaster.pid after start");

            using var connection = new NpgsqlConnection(cluster.ConnectionString());
            connection.Open();
            Assert.Equal("127.0.0.1/32", Scalar(connection, "SELECT inet_server_addr()::text"));
            Assert.Equal(cluster.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), Scalar(connection, "SHOW port"));
            Assert.Equal("off", Scalar(connection, "SHOW fsync"));
            Assert.StartsWith("15", Scalar(connection, "SHOW server_version"), StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(root, $".s.PGSQL.{cluster.Port}")), "the unix socket is not in the cluster's folder");
        }

        Assert.False(Directory.Exists(root), $"{root} is left behind");
        Assert.False(File.Exists($"/proc/{pid}/stat") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z", StringComparison.Ordinal),
            $"the postmaster {pid} still runs");
    }

    [Fact]
    public void A_killed_cluster_has_no_server_process_left_and_starts_again_with_its_committed_rows()
    {
        using var cluster = PostgresCluster.Start();
        using (var connection = new NpgsqlConnection(cluster.ConnectionString()))
        {
            connection.Open();
            Execute(connection, "CREATE TABLE t(id BIGINT PRIMARY KEY); INSERT INTO t VALUES (1), (2), (3);");
        }

        var pid = cluster.ProcessId!.Value;
        var children = ChildrenOf(pid);
        Assert.NotEmpty(children);

        cluster.Kill();

        Assert.False(cluster.IsRunning);
        Assert.All(children.Append(pid), p => Assert.False(Alive(p), $"server process {p} survived kill -9"));
        NpgsqlConnection.ClearAllPools();
        Assert.ThrowsAny<NpgsqlException>(() =>
        {
            using var refused = new NpgsqlConnection(cluster.ConnectionString());
            refused.Open();
        });

        cluster.Start();
        using var again = new NpgsqlConnection(cluster.ConnectionString());
        again.Open();
        Assert.Equal("3", Scalar(again, "SELECT count(*) FROM t"));
    }

    private static string? Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static bool Alive(int pid) =>
        File.Exists($"/proc/{pid}/stat") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z", StringComparison.Ordinal);

    private static List<int> ChildrenOf(int parent) =>
        [.. Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && File.Exists($"/proc/{pid}/stat"))
            .Where(pid =>
            {
                try
                {
                    var stat = File.ReadAllText($"/proc/{pid}/stat");
                    return stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1] == parent.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                catch (IOException)
                {
                    return false;
                }
            })];
}
