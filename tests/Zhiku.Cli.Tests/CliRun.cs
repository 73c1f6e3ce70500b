using System.Text.Json;

namespace Zhiku.Cli.Tests;

/// <summary>Runs the zhiku CLI in-process on a temporary data directory and captures its output.</summary>
public sealed class CliRun : IDisposable
{
    public CliRun() => Directory.CreateDirectory(DataDirectory);

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
    }
}
