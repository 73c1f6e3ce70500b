using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;

namespace Zhiku.Testing.Postgres;

/// <summary>
/// One thread inserting numbered rows into a table <c>writes(id BIGINT PRIMARY KEY, ...)</c>, one statement (one
/// commit) at a time, reconnecting after each failure: the client side of a failover test. An id is acknowledged only
/// when its insert returned; a failed id is never tried again.
/// </summary>
public sealed class RowWriter : IDisposable
{
    private readonly NpgsqlDataSource _source;
    private readonly Thread _thread;
    private volatile bool _stopping;

    private RowWriter(string connectionString)
    {
        _source = NpgsqlDataSource.Create(connectionString);
        _thread = new Thread(Run) { IsBackground = true, Name = "row writer" };
    }

    public ConcurrentBag<long> Acknowledged { get; } = [];

    public int Failures { get; private set; }

    /// <summary>The longest time from a failed write to the next acknowledged one.</summary>
    public TimeSpan LongestOutage { get; private set; }

    public static RowWriter Start(string connectionString)
    {
        var writer = new RowWriter(connectionString);
        writer._thread.Start();
        return writer;
    }

    public void Stop()
    {
        _stopping = true;
        _thread.Join();
    }

    public void Dispose()
    {
        Stop();
        _source.Dispose();
    }

    private void Run()
    {
        NpgsqlConnection? connection = null;
        var outage = new Stopwatch();
        for (var id = 1L; !_stopping; id++)
        {
            try
            {
                connection ??= _source.OpenConnection();
                using var insert = new NpgsqlCommand("INSERT INTO writes(id) VALUES (@id)", connection);
                insert.Parameters.AddWithValue("id", id);
                insert.ExecuteNonQuery();
                Acknowledged.Add(id);
                if (outage.IsRunning)
                {
                    LongestOutage = outage.Elapsed > LongestOutage ? outage.Elapsed : LongestOutage;
                    outage.Reset();
                }
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
            {
                Failures++;
                outage.Start();
                connection?.Dispose();
                connection = null;
                Thread.Sleep(20);
            }
        }

        connection?.Dispose();
    }
}
