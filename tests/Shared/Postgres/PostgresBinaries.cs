using System.Diagnostics;

namespace Zhiku.Testing.Postgres;

/// <summary>
/// The server programs of PostgreSQL 15 in Debian's layout (or <c>ZHIKU_PG_BIN</c>). initdb and the server refuse to
/// run as root, so when the tests run as root every program runs as the <c>postgres</c> user through runuser.
/// </summary>
public static class PostgresBinaries
{
    public const string DirectoryVariable = "ZHIKU_PG_BIN";

    private const string DebianDirectory = "/usr/lib/postgresql/15/bin";

    private const string ServerUser = "postgres";

    /// <summary>The folder of initdb, pg_ctl, pg_basebackup and postgres.</summary>
    public static string Directory =>
        Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } dir ? dir : DebianDirectory;

    /// <summary>True when this process is root, so that the server programs run as the postgres user.</summary>
    public static bool RunAsServerUser => Environment.UserName == "root";

    /// <summary>What is missing to start a cluster here, in words; null when nothing is.</summary>
    public static string? Missing()
    {
        var initdb = Path.Combine(Directory, "initdb");
        if (!File.Exists(initdb))
        {
            return $"{initdb} not found (apt-get install postgresql-15, or set {DirectoryVariable})";
        }

        if (RunAsServerUser && !File.Exists("/usr/sbin/runuser") && !File.Exists("/sbin/runuser"))
        {
            return "running as root needs runuser (util-linux) to run the server as the postgres user";
        }

        return null;
    }

    /// <summary>Runs a program of the bin folder and returns its output; throws with its output when it fails.</summary>
    public static string Run(string program, params string[] arguments) =>
        Execute(Path.Combine(Directory, program), arguments, asServerUser: RunAsServerUser);

    /// <summary>Gives a folder made by this process to the postgres user (when running as root).</summary>
    public static void GiveToServerUser(string path)
    {
        if (RunAsServerUser)
        {
            Execute("chown", ["-R", $"{ServerUser}:", path], asServerUser: false);
        }
    }

    private static string Execute(string program, string[] arguments, bool asServerUser)
    {
        var info = new ProcessStartInfo(asServerUser ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asServerUser)
        {
            foreach (var prefix in (string[])["-u", ServerUser, "--", program])
            {
                info.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(program)} {string.Join(' ', arguments)} ran over 2 minutes");
        }

        var text = output.GetAwaiter().GetResult() + error.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} {string.Join(' ', arguments)} failed (exit {process.ExitCode}): {text.Trim()}");
        }

        return text;
    }
}
