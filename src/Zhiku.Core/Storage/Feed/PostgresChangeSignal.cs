using System.Globalization;
using Npgsql;

namespace Zhiku.Storage.Feed;

/// <summary>
/// <c>LISTEN zhiku_changes</c> on a dedicated, unpooled connection: every write transaction that appends changes sends
/// <c>pg_notify</c> with its last sequence number, which PostgreSQL delivers when (and only if) it commits.
/// </summary>
internal sealed class PostgresChangeSignal : ChangeSignal
{
    /// <summary>The notification channel of the change feed.</summary>
    public const string Channel = "zhiku_changes";

    private readonly NpgsqlConnection _connection;
    private long _announced;

    public PostgresChangeSignal(string connectionString)
    {
        // Its own physical connection: a pooled one could be handed back with the LISTEN still registered, and a
        // keepalive finds a server that vanished without closing the socket.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 5 };
        _connection = new NpgsqlConnection(builder.ConnectionString);
        _connection.Notification += (_, e) =>
        {
            if (long.TryParse(e.Payload, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                InterlockedMax(sequence);
            }
        };
        try
        {
            _connection.Open();
            using var listen = new NpgsqlCommand($"LISTEN {Channel}", _connection);
            listen.ExecuteNonQuery();
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
    }

    public override long Announced => Interlocked.Read(ref _announced);

    public override Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _connection.WaitAsync(timeout, cancellationToken);

    public override void Dispose() => _connection.Dispose();

    private void InterlockedMax(long sequence)
    {
        long seen;
        while ((seen = Interlocked.Read(ref _announced)) < sequence && Interlocked.CompareExchange(ref _announced, sequence, seen) != seen)
        {
        }
    }
}
