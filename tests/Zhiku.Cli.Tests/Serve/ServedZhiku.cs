using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Zhiku.Cli.Tests.Serve;

/// <summary>
/// A <c>zhiku serve</c> process as the package's systemd unit starts it (its own ZHIKU_* variables cleared), its output
/// drained into <see cref="Output"/> so that a talkative log never blocks it; killed when disposed.
/// </summary>
internal sealed class ServedZhiku : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServedZhiku(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public bool HasExited => _process.HasExited;

    /// <summary>What the server wrote to standard output and error so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static ServedZhiku Start(params string[] args) =>
        new(Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "zhiku.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["ZHIKU_DATA"] = null, ["ZHIKU_CONFIG"] = null, ["ZHIKU_STORE"] = null },
        })!);

    /// <summary>Waits until <c>/health/ready</c> on plain HTTP answers 200; fails with the server's output otherwise.</summary>
    public async Task WaitReadyAsync(int port)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health/ready"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"zhiku serve did not answer /health/ready on port {port}:\n{Output}");
    }

    /// <summary>Waits for the process to end by itself (a refused start) and gives its exit code.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>A file of the repository (deploy/zhiku.json, docs/manual/...), found above the test binaries.</summary>
    public static string RepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Zhiku.slnx")))
            {
                return Path.Combine(dir.FullName, relative);
            }
        }

        throw new DirectoryNotFoundException($"no Zhiku.slnx above {AppContext.BaseDirectory}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
