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

    // A database at this build's schema that each test's database copies: faster than running the migrations each time.
    private static readonly Lazy<PostgresDatabase> Template = new(CreateTemplate);

    /// <summary>True when the tests' data directories are bound to PostgreSQL.</summary>
    public static bool IsPostgres => (Environment.GetEnvironmentVariable(Variable) ?? "").Trim().ToLowerInvariant() switch
    {
        "" or "sqlite" => false,
        "postgres" or "postgresql" => true,
        var other => throw new InvalidOperationException($"${Variable} is '{other}': give sqlite or postgres"),
    };

    /// <summary>
    /// Binds a new data directory to a fresh PostgreSQL database when the switch is on (else does nothing and returns
    /// null); dispose the database after the directory's last user (it is dropped with the next few, see <see cref="LaterDrops"/>).
    /// </summary>
    public static PostgresDatabase? Bind(string dataDirectory)
    {
        if (!IsPostgres)
        {
            return null;
        }

        var database = PostgresDatabase.Create(Server.Value.AdminConnectionString, Template.Value.Name, dropLater: true);
        try
        {
            // Every store has its own identity, the copies of the template too.
            using (var connection = database.Open())
            using (var command = new Npgsql.NpgsqlCommand("UPDATE store_meta SET value = replace(gen_random_uuid()::text, '-', '') WHERE key = 'identity'", connection))
            {
                command.ExecuteNonQuery();
            }

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

    /// <summary>The PostgreSQL connection string a data directory is bound to (its store.json), or null for SQLite.</summary>
    public static string? BoundConnection(string dataDirectory) =>
        StoreBinding.Read(new DataDirectory(dataDirectory)) is { IsPostgres: true } binding ? binding.Connection : null;

    /// <summary>
    /// The first value of a query on a data directory's store, SQLite file or bound PostgreSQL database, read beside the
    /// process that writes it (parameters written <c>@name</c>, which both accept); null when the SQLite file is missing.
    /// </summary>
    public static object? Scalar(string dataDirectory, string sql, params (string Name, object Value)[] parameters)
    {
        System.Data.Common.DbConnection connection = BoundConnection(dataDirectory) is { } bound
            ? new Npgsql.NpgsqlConnection(bound)
            : new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(dataDirectory, "zhiku.db")};Mode=ReadOnly;Pooling=False");
        using (connection)
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }

            return command.ExecuteScalar() is var result and not DBNull ? result : null;
        }
    }

    private static PostgresServer StartServer()
    {
        var server = new PostgresServer();
        LaterDrops.DropLeftovers(server.AdminConnectionString);
        // The template is dropped, and a cluster of its own (no $ZHIKU_TEST_POSTGRES) stopped and removed, when the test process ends.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            LaterDrops.DropAll();
            if (Template.IsValueCreated)
            {
                Template.Value.Dispose();
            }

            server.Dispose();
        };
        return server;
    }

    private static PostgresDatabase CreateTemplate()
    {
        var template = Server.Value.CreateDatabase();
        var scratch = Path.Combine(Path.GetTempPath(), "zhiku-template-" + Guid.NewGuid().ToString("N")[..8]);
        using (KnowledgeStore.Open(new DataDirectory(scratch), StoreLocation.Parse(template.ConnectionString, Variable), recoverInterrupted: false))
        {
        }

        Directory.Delete(scratch, recursive: true);
        // Pooled connections to the template would make copying it fail ("being accessed by other users").
        Npgsql.NpgsqlConnection.ClearAllPools();
        return template;
    }
}
