using Zhiku.Storage;

namespace Zhiku.Testing.Postgres;

/// <summary>
/// The store the tests' data directories use: SQLite by default; with <c>ZHIKU_TEST_STORE=postgres</c> each new data
/// directory is bound to a fresh PostgreSQL database of <see cref="PostgresServer"/> (dropped with the directory), so
/// the whole suite runs on PostgreSQL without a change to the tests.
/// </summary>
public static class TestStore
{
    public const string Variable = "ZHIKU_TEST_STORE";

    private static readonly Lazy<PostgresServer> Server = new(StartServer);

    /// <summary>True when the tests' data directories are bound to PostgreSQL.</summary>
    public static bool IsPostgres => (Environment.GetEnvironmentVariable(Variable) ?? "").Trim().ToLowerInvariant() switch
    {
        "" or "sqlite" => false,
        "postgres" or "postgresql" => true,
        var other => throw new InvalidOperationException($"${Variable} is '{other}': give sqlite or postgres"),
    };

    /// <summary>
    /// Binds a new data directory to a fresh PostgreSQL database when the switch is on (else does nothing and returns
    /// null); dispose the database after the directory's last user.
    /// </summary>
    public static PostgresDatabase? Bind(string dataDirectory)
    {
        if (!IsPostgres)
        {
            return null;
        }

        var database = Server.Value.CreateDatabase();
        try
        {
            using (KnowledgeStore.Open(new DataDirectory(dataDirectory), StoreLocation.Parse(database.ConnectionString, Variable), recoverInterrupted: false))
            {
                // Opening creates the schema and writes the directory's store.json.
            }

            return database;
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    private static PostgresServer StartServer()
    {
        var server = new PostgresServer();
        // A cluster of its own (no $ZHIKU_TEST_POSTGRES) is stopped and removed when the test process ends.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Dispose();
        return server;
    }
}
