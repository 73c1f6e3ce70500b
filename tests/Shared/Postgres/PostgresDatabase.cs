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
        var database = new PostgresDatabase(adminConnectionString, LaterDrops.Prefix + Guid.NewGuid().ToString("N")[..16], dropLater);
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
/// rest find little to write. What is left is dropped when the test process ends (<see cref="DropAll"/>), which the
/// test host does not always let finish: a later test process drops the databases of ended ones on this machine
/// (<see cref="DropLeftovers"/>; the names carry the machine and the process).
/// </summary>
public static class LaterDrops
{
    private const int Group = 16;

    /// <summary>How the names of this process's databases begin: <c>zhiku_t_</c>, the machine's tag and the process id.</summary>
    public static readonly string Prefix = $"zhiku_t_{MachineTag}_{Environment.ProcessId:x}_";

    // Eight hex digits of the machine's name (a stable FNV-1a hash), so that a server shared by machines keeps them apart.
    private static string MachineTag => Environment.MachineName.Aggregate(2166136261u, (h, c) => (h ^ c) * 16777619u).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);

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

    /// <summary>Drops the test databases that ended test processes of this machine left behind.</summary>
    public static void DropLeftovers(string adminConnectionString)
    {
        var machine = $"zhiku_t_{MachineTag}_";
        var names = new List<string>();
        using (var connection = new NpgsqlConnection(adminConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand("SELECT datname FROM pg_database WHERE datname LIKE 'zhiku\\_t\\_%'", connection);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (var name in names)
        {
            var parts = name.StartsWith(machine, StringComparison.Ordinal) ? name[machine.Length..].Split('_') : [];
            if (parts.Length == 2
                && int.TryParse(parts[0], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var pid)
                && !Alive(pid))
            {
                PostgresDatabase.Admin(adminConnectionString, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            }
        }
    }

    private static bool Alive(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void Drop(List<(string Admin, string Name)> due)
    {
        foreach (var (admin, name) in due)
        {
            PostgresDatabase.Admin(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }
}
