using Npgsql;

namespace Zhiku.Testing.Postgres;

/// <summary>
/// The PostgreSQL server of the tests: the one named by <c>ZHIKU_TEST_POSTGRES</c> (a superuser connection string;
/// .ci/run starts a throwaway cluster and sets it), otherwise a throwaway cluster of its own, so that the tests run on
/// a developer's machine too. When neither is possible the tests fail, saying what is missing.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public const string Variable = "ZHIKU_TEST_POSTGRES";

    private readonly PostgresCluster? _cluster;

    public PostgresServer()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            AdminConnectionString = configured;
            Source = $"${Variable}";
            Verify();
            return;
        }

        if (PostgresBinaries.Missing() is { } missing)
        {
            throw new InvalidOperationException(
                $"the PostgreSQL tests need a server: set {Variable} to a superuser connection string (.ci/run does), "
                + $"or install PostgreSQL 15 so that they start their own: {missing}");
        }

        _cluster = PostgresCluster.Start("zhiku-tests");
        _cluster.RemoveWhenProcessEnds(Environment.ProcessId);
        AdminConnectionString = _cluster.ConnectionString();
        Source = $"a throwaway cluster in {_cluster.Root}";
    }

    /// <summary>A connection string of a superuser, to the maintenance database.</summary>
    public string AdminConnectionString { get; }

    /// <summary>Where the server comes from, for messages.</summary>
    public string Source { get; }

    /// <summary>A new empty database (<c>zhiku_t_…</c>), dropped when disposed.</summary>
    public PostgresDatabase CreateDatabase() => PostgresDatabase.Create(AdminConnectionString);

    public void Dispose() => _cluster?.Dispose();

    private void Verify()
    {
        try
        {
            using var connection = new NpgsqlConnection(AdminConnectionString);
            connection.Open();
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException)
        {
            // The connection string may hold a password: name the variable, not its value.
            throw new InvalidOperationException($"the PostgreSQL server of ${Variable} does not answer: {e.Message}", e);
        }
    }
}

/// <summary>The tests that share the one PostgreSQL server of the run.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
