using System.Text.Json;
using Zhiku.Testing.Postgres;

namespace Zhiku.Cli.Tests;

/// <summary>
/// Runs the zhiku CLI in-process on a temporary data directory and captures its output. With
/// <c>ZHIKU_TEST_STORE=postgres</c> the directory is bound to a fresh PostgreSQL database (dropped after the test),
/// unless made with <c>bound: false</c> (a test that chooses the store itself, or one about SQLite).
/// </summary>
public sealed class CliRun : IDisposable
{
    private readonly PostgresDatabase? _database;

    public CliRun()
        : this(bound: true)
    {
    }

    /// <param name="bound">False: the directory stays unbound (SQLite) whatever the switch says.</param>
    public CliRun(bool bound)
    {
        Directory.CreateDirectory(DataDirectory);
        _database = bound ? TestStore.Bind(DataDirectory) : null;
    }

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "zhiku-cli-" + Guid.NewGuid().ToString("N")[..12]);

    public (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = ZhikuCli.Run([.. args, "--data", DataDirectory], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public JsonElement Json(params string[] args)
    {
        var (exit, output, error) = Run([.. args, "--json"]);
        Assert.True(exit == 0, $"zhiku {string.Join(' ', args)} exited {exit}: {error}");
        return JsonDocument.Parse(output).RootElement;
    }

    public static string Shared(string relative) => SharedData.Path(relative);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }

        _database?.Dispose();
    }
}
