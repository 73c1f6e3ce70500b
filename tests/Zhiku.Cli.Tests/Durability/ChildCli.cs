using System.Diagnostics;

namespace Zhiku.Cli.Tests.Durability;

/// <summary>The real <c>zhiku</c> executable in a process of its own, so that a test can kill it with SIGKILL.</summary>
internal sealed class ChildCli : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _error;
    private bool _disposed;

    private ChildCli(Process process)
    {
        _process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _error = process.StandardError.ReadToEndAsync();
    }

    /// <summary>Starts <c>zhiku ARGS --data DIR</c>.</summary>
    public static ChildCli Start(string dataDirectory, params string[] args) =>
        new(Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "zhiku.dll"), .. args, "--data", dataDirectory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!);

    public bool HasExited => _process.HasExited;

    /// <summary>Kills the process with SIGKILL (no handler runs) and waits for it; true when it was still running.</summary>
    public bool Kill()
    {
        var running = !_process.HasExited;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        return running;
    }

    /// <summary>Waits for the process to end by itself and returns its exit code and output.</summary>
    public (int Exit, string Output, string Error) Wait(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            Kill();
            throw new TimeoutException($"zhiku did not finish within {timeout}");
        }

        return (_process.ExitCode, _output.Result, _error.Result);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }
}
