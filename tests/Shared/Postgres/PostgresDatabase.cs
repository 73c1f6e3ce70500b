using Npgsql;

namespace Zhiku.Testing.Postgres;

/// <summary>
/// A fresh database of a test (<c>zhiku_t_</c> and a random suffix), dropped with its sessions on dispose (or, made
/// with <c>dropLater</c>, with the next few: see <see cref="LaterDrops"/>). Its locale is C whatever the server's:
/// ASCII-only case folding and byte order, as SQLite's NOCASE and BINARY.
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    private readonly string _adminConnectionString;
    private readonly bool _dropLater;

    private PostgresDatabase(string adminConnectionString, string name, bool dropLater)
    {
        _adminConnectionString = adminConnectionString;
        _dropLater = dropLater;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>
    /// A new database, empty or a copy of <paramref name="template"/> (a database nobody is connected to); with
    /// <paramref name="dropLater"/> its drop waits for a few more (the data directories of the whole suite).
    /// </summary>
    public static PostgresDatabase Create(string adminConnectionString, string? template = null, bool dropLater = false)
    {
        var database = new PostgresDatabase(adminConnectionString, "zhiku_t_" + Guid.NewGuid().ToString("N")[..16], dropLater);
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

        if (_dropLater)
        {
            LaterDrops.Add(_adminConnectionString, Name);
        }
        else
        {
            Admin(_adminConnectionString, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
        }
    }

    private void Admin(string sql) => Admin(_adminConnectionString, sql);

    internal static void Admin(string adminConnectionString, string sql)
    {
        using var connection = new NpgsqlConnection(adminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

/// <summary>
/// Drops the databases of tests in groups. Every DROP DATABASE makes PostgreSQL run a checkpoint, which writes every
/// dirty page of the cluster (the other running tests' databases): one drop per test made the server write most pages
/// of short-lived databases that the next drop would have thrown away. A group's first drop writes them once, the
/// rest find little to write. What is left is dropped when the test process ends (<see cref="DropAll"/>).
/// </summary>
public static class LaterDrops
{
    private const int Group = 16;

    private static readonly List<(string Admin, string Name)> Waiting = [];

    /// <summary>Queues a database (its pooled connections already cleared) and drops the group when it is full.</summary>
    public static void Add(string adminConnectionString, string name)
    {
        List<(string Admin, string Name)> due;
        lock (Waiting)
        {
            Waiting.Add((adminConnectionString, name));
            if (Waiting.Count < Group)
            {
                return;
            }

            due = [.. Waiting];
            Waiting.Clear();
        }

        Drop(due);
    }

    /// <summary>Drops every queued database (at the end of the test process).</summary>
    public static void DropAll()
    {
        List<(string Admin, string Name)> due;
        lock (Waiting)
        {
            due = [.. Waiting];
            Waiting.Clear();
        }

        Drop(due);
    }

    private static void Drop(List<(string Admin, string Name)> due)
    {
        foreach (var (admin, name) in due)
        {
            PostgresDatabase.Admin(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }
}
