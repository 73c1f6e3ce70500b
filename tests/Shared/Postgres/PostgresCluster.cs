using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Zhiku.Testing.Postgres;

/// <summary>
/// A throwaway PostgreSQL cluster in a temp folder: initdb'd (as the postgres user when running as root), served on a
/// free loopback port with its unix socket inside the folder, stopped or killed, and deleted on dispose. Without
/// <c>durable</c> it runs with fsync off, which a test cluster does not need.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    public const string Host = "127.0.0.1";

    public const string SuperUser = "postgres";

    private PostgresCluster(string root, string name)
    {
        Root = root;
        Name = name;
    }

    /// <summary>The cluster's folder: the data directory, the server log and the unix socket.</summary>
    public string Root { get; }

    /// <summary>The name the server reports (<c>cluster_name</c>), also a standby's application name.</summary>
    public string Name { get; }

    public string DataPath => Path.Combine(Root, "data");

    public string LogPath => Path.Combine(Root, "server.log");

    public int Port { get; private set; }

    /// <summary>The postmaster's process id while it runs (from postmaster.pid), else null.</summary>
    public int? ProcessId
    {
        get
        {
            var pidFile = Path.Combine(DataPath, "postmaster.pid");
            if (!File.Exists(pidFile))
            {
                return null;
            }

            var first = File.ReadLines(pidFile).FirstOrDefault();
            return int.TryParse(first, CultureInfo.InvariantCulture, out var pid) && ProcessTree.IsAlive(pid) ? pid : null;
        }
    }

    public bool IsRunning => ProcessId is not null;

    /// <summary>Initialises a new cluster (not started) with the given settings added to postgresql.conf.</summary>
    public static PostgresCluster Create(string name = "zhiku-test", bool durable = false, IReadOnlyDictionary<string, string>? settings = null)
    {
        var cluster = NewFolder(name);
        try
        {
            // The C locale: byte order and ASCII-only case folding, as SQLite's BINARY and NOCASE.
            string[] arguments = ["-D", cluster.DataPath, "-U", SuperUser, "--auth=trust", "--no-locale", "--encoding=UTF8"];
            PostgresBinaries.Run("initdb", durable ? arguments : [.. arguments, "--no-sync"]);
            cluster.ConfigureNew(durable, settings);
            return cluster;
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }

    /// <summary>Initialises and starts a new cluster.</summary>
    public static PostgresCluster Start(string name = "zhiku-test", bool durable = false, IReadOnlyDictionary<string, string>? settings = null)
    {
        var cluster = Create(name, durable, settings);
        try
        {
            cluster.Start();
            return cluster;
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }

    /// <summary>A cluster made from a copy of another's data directory (pg_basebackup), configured but not started.</summary>
    internal static PostgresCluster FromBaseBackup(PostgresCluster source, string name, IReadOnlyDictionary<string, string> settings)
    {
        var cluster = NewFolder(name);
        try
        {
            PostgresBinaries.Run("pg_basebackup", "-h", Host, "-p", source.Port.ToString(CultureInfo.InvariantCulture),
                "-U", SuperUser, "-D", cluster.DataPath, "-R", "-X", "stream", "--checkpoint=fast", "--no-sync");
            cluster.Port = FreePort();
            cluster.Set(new Dictionary<string, string>(settings)
            {
                ["port"] = cluster.Port.ToString(CultureInfo.InvariantCulture),
                ["unix_socket_directories"] = cluster.Root,
                ["cluster_name"] = name,
            });
            return cluster;
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }

    /// <summary>The connection string of a database of this cluster, as the superuser.</summary>
    public string ConnectionString(string database = "postgres") => new NpgsqlConnectionStringBuilder
    {
        Host = Host,
        Port = Port,
        Username = SuperUser,
        Database = database,
    }.ConnectionString;

    /// <summary>Starts the server and waits until it accepts connections; a port taken meanwhile is chosen again.</summary>
    public void Start()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                PostgresBinaries.Run("pg_ctl", "-D", DataPath, "-l", LogPath, "-w", "-t", "60", "start");
                return;
            }
            catch (InvalidOperationException) when (attempt < 3 && LogTail().Contains("could not bind", StringComparison.Ordinal))
            {
                Port = FreePort();
                Set(new Dictionary<string, string> { ["port"] = Port.ToString(CultureInfo.InvariantCulture) });
            }
            catch (InvalidOperationException e)
            {
                throw new InvalidOperationException($"{e.Message}\nserver log {LogPath}:\n{LogTail()}", e);
            }
        }
    }

    /// <summary>Stops the server: <c>fast</c> (roll back sessions, checkpoint) or <c>immediate</c> (no checkpoint).</summary>
    public void Stop(bool immediate = false)
    {
        if (IsRunning)
        {
            PostgresBinaries.Run("pg_ctl", "-D", DataPath, "-m", immediate ? "immediate" : "fast", "-w", "stop");
        }
    }

    /// <summary>kill -9 of the postmaster and every server process, as when the machine dies.</summary>
    public void Kill()
    {
        if (ProcessId is not { } pid)
        {
            return;
        }

        ProcessTree.KillWithChildren(pid);

        // The dead postmaster may stay a zombie until init reaps it, and the server refuses to start while the pid of
        // its lock files names a live process: the locks of a dead server are removed, as a reboot would.
        File.Delete(Path.Combine(DataPath, "postmaster.pid"));
        foreach (var socketLock in Directory.EnumerateFiles(Root, ".s.PGSQL.*.lock"))
        {
            File.Delete(socketLock);
        }
    }

    /// <summary>
    /// Stops and removes the cluster when process <paramref name="ownerPid"/> ends, by a detached shell that outlives
    /// it: the test host does not always finish its exit handlers, and every run without <c>ZHIKU_TEST_POSTGRES</c>
    /// left a server running.
    /// </summary>
    public void RemoveWhenProcessEnds(int ownerPid)
    {
        var pgCtl = Path.Combine(PostgresBinaries.Directory, "pg_ctl");
        var stop = PostgresBinaries.RunAsServerUser ? $"runuser -u postgres -- '{pgCtl}'" : $"'{pgCtl}'";
        var script = $"exec </dev/null >/dev/null 2>&1; while kill -0 {ownerPid}; do sleep 2; done; "
            + $"{stop} -D '{DataPath}' -m immediate stop; rm -rf '{Root}'";
        var info = new ProcessStartInfo("setsid", ["sh", "-c", script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var watchdog = Process.Start(info) ?? throw new InvalidOperationException("could not start the cluster's watchdog (setsid sh)");
    }

    /// <summary>Promotes a standby to a primary and waits until it accepts writes.</summary>
    public void Promote() => PostgresBinaries.Run("pg_ctl", "-D", DataPath, "-w", "-t", "60", "promote");

    /// <summary>Adds settings to postgresql.conf (a later line wins); they apply at the next start or reload.</summary>
    public void Set(IReadOnlyDictionary<string, string> settings)
    {
        var lines = settings.Select(s => $"{s.Key} = '{s.Value.Replace("'", "''", StringComparison.Ordinal)}'");
        File.AppendAllLines(Path.Combine(DataPath, "postgresql.conf"), lines);
    }

    /// <summary>The end of the server log, for failure messages.</summary>
    public string LogTail(int lines = 30) =>
        File.Exists(LogPath) ? string.Join('\n', File.ReadLines(LogPath).TakeLast(lines)) : "(no server log)";

    public void Dispose()
    {
        try
        {
            Stop(immediate: true);
        }
        catch (InvalidOperationException)
        {
            Kill();
        }

        Kill();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A process still closing a file: the temp folder is the OS's to clean.
        }
    }

    private static PostgresCluster NewFolder(string name)
    {
        var root = Directory.CreateTempSubdirectory("zhiku-pg-").FullName;
        PostgresBinaries.GiveToServerUser(root);
        return new PostgresCluster(root, name);
    }

    private void ConfigureNew(bool durable, IReadOnlyDictionary<string, string>? settings)
    {
        Port = FreePort();
        var all = new Dictionary<string, string>
        {
            ["port"] = Port.ToString(CultureInfo.InvariantCulture),
            ["listen_addresses"] = Host,
            ["unix_socket_directories"] = Root,
            ["cluster_name"] = Name,
            ["fsync"] = durable ? "on" : "off",
            ["full_page_writes"] = durable ? "on" : "off",
            ["max_connections"] = "100",
        };
        foreach (var setting in settings ?? new Dictionary<string, string>())
        {
            all[setting.Key] = setting.Value;
        }

        Set(all);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The processes of a server: the postmaster and the children it forked (each in its own session).</summary>
    private static class ProcessTree
    {
        public static bool IsAlive(int pid) => File.Exists($"/proc/{pid}/stat") && State(pid) is not ('Z' or 'X');

        public static void KillWithChildren(int pid)
        {
            var children = Children(pid);
            Kill(pid);
            foreach (var child in children)
            {
                Kill(child);
            }

            var deadline = Stopwatch.StartNew();
            while ((IsAlive(pid) || children.Any(IsAlive)) && deadline.Elapsed < TimeSpan.FromSeconds(10))
            {
                Thread.Sleep(10);
            }
        }

        private static void Kill(int pid)
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
            catch (InvalidOperationException)
            {
                // Exited meanwhile.
            }
        }

        private static List<int> Children(int parent) =>
            [.. Directory.EnumerateDirectories("/proc")
                .Select(d => int.TryParse(Path.GetFileName(d), CultureInfo.InvariantCulture, out var pid) ? pid : 0)
                .Where(pid => pid > 0 && ParentOf(pid) == parent)];

        private static int? ParentOf(int pid) => Stat(pid) is { } fields && fields.Length > 1
            && int.TryParse(fields[1], CultureInfo.InvariantCulture, out var ppid) ? ppid : null;

        private static char? State(int pid) => Stat(pid) is { Length: > 0 } fields ? fields[0][0] : null;

        // /proc/PID/stat: "pid (comm) state ppid ..."; comm may hold spaces and parentheses, so split after the last ')'.
        private static string[]? Stat(int pid)
        {
            try
            {
                var text = File.ReadAllText($"/proc/{pid}/stat");
                return text[(text.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
            catch (IOException)
            {
                return null;
            }
        }
    }
}
