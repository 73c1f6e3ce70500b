using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Zhiku.Testing.Postgres;

/// <summary>
/// A primary and a streaming standby on loopback: the primary with <c>wal_level=replica</c> waits for the standby on
/// every commit (<c>synchronous_standby_names</c>, <c>synchronous_commit</c>), the standby is a <c>pg_basebackup -R</c>
/// of it. A test kills the primary (kill -9) and promotes the standby; clients follow through the multi-host
/// connection string.
/// </summary>
public sealed class PostgresReplicaSet : IDisposable
{
    public const string PrimaryName = "zhiku_primary";

    public const string StandbyName = "zhiku_standby";

    private PostgresReplicaSet(PostgresCluster primary, PostgresCluster standby)
    {
        Primary = primary;
        Standby = standby;
    }

    public PostgresCluster Primary { get; }

    public PostgresCluster Standby { get; }

    /// <summary>
    /// Starts the primary, copies it into the standby, starts the standby and waits until it is the synchronous one.
    /// <paramref name="synchronousCommit"/> is <c>on</c> (a commit returns once the standby has flushed it) or
    /// <c>remote_apply</c> (once the standby's readers see it).
    /// </summary>
    public static PostgresReplicaSet Start(string synchronousCommit = "on")
    {
        var primary = PostgresCluster.Start(PrimaryName, settings: new Dictionary<string, string>
        {
            ["wal_level"] = "replica",
            ["max_wal_senders"] = "4",
            ["synchronous_standby_names"] = StandbyName,
            ["synchronous_commit"] = synchronousCommit,
            ["wal_sender_timeout"] = "5s",
        });
        try
        {
            // The standby never waits for a standby of its own: once promoted it acknowledges commits alone.
            var standby = PostgresCluster.FromBaseBackup(primary, StandbyName, new Dictionary<string, string>
            {
                ["synchronous_standby_names"] = "",
                ["hot_standby"] = "on",
                ["wal_receiver_timeout"] = "5s",
            });
            var set = new PostgresReplicaSet(primary, standby);
            try
            {
                standby.Start();
                set.WaitUntilSynchronous(TimeSpan.FromSeconds(30));
                return set;
            }
            catch
            {
                set.Dispose();
                throw;
            }
        }
        catch
        {
            primary.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The connection string a node is given: both servers, the session that accepts writes wherever it is, and host
    /// states rechecked every second so that a promoted standby is found soon.
    /// </summary>
    public string ConnectionString(string database = "postgres", string targetSessionAttributes = "read-write") =>
        new NpgsqlConnectionStringBuilder
        {
            Host = string.Join(',', new[] { Primary, Standby }.Select(c => $"{PostgresCluster.Host}:{c.Port.ToString(CultureInfo.InvariantCulture)}")),
            Username = PostgresCluster.SuperUser,
            Database = database,
            TargetSessionAttributes = targetSessionAttributes,
            HostRecheckSeconds = 1,
            Timeout = 5,
        }.ConnectionString;

    /// <summary>The primary's view of its standby: (state, sync_state), e.g. (streaming, sync); null when not connected.</summary>
    public (string State, string SyncState)? Replication()
    {
        using var connection = new NpgsqlConnection(Primary.ConnectionString());
        connection.Open();
        using var command = new NpgsqlCommand(
            "SELECT state, sync_state FROM pg_stat_replication WHERE application_name = @name", connection);
        command.Parameters.AddWithValue("name", StandbyName);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    /// <summary>kill -9 of the primary, then promotion of the standby.</summary>
    public void Failover()
    {
        Primary.Kill();
        Standby.Promote();
    }

    public void Dispose()
    {
        Standby.Dispose();
        Primary.Dispose();
    }

    private void WaitUntilSynchronous(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (Replication() is not ("streaming", "sync"))
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"the standby is not a synchronous standby after {timeout.TotalSeconds} s "
                    + $"({Replication()?.ToString() ?? "not connected"}); standby log:\n{Standby.LogTail()}");
            }

            Thread.Sleep(50);
        }
    }
}
