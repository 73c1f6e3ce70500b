using Npgsql;

namespace Zhiku.Testing.Postgres;

/// <summary>
/// A fresh database of a test (<c>zhiku_t_</c> and a random suffix), dropped with its sessions on dispose. Its locale
/// is C whatever the server's: ASCII-only case folding and byte order, as SQLite's NOCASE and BINARY.
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    private readonly string _adminConnectionString;

    private PostgresDatabase(string adminConnectionString, string name)
    {
        _adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>A new database, empty or a copy of <paramref name="template"/> (a database nobody is connected to).</summary>
    public static PostgresDatabase Create(string adminConnectionString, string? template = null)
    {
        var database = new PostgresDatabase(adminConnectionString, "zhiku_t_" + Guid.NewGuid().ToString("N")[..16]);
        database.Admin(template is null
            ? $"CREATE DATABASE {database.Name} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'"
            : $"CREATE DATABASE {database.Name} TEMPLATE {template}");
        return database;
    }

    /// <summary>A new open connection to this database.</summary>
    public NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        Admin($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(_adminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
