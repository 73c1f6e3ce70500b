using System.Diagnostics;
using Microsoft.AspNetCore.Builder;

namespace Zhiku.Benchmarks.Soak;

/// <summary>
/// The platform under soak in a process of its own (this executable with <c>soak-server</c>), so that its memory is
/// measured apart from the load generator's: resident set size from /proc, sampled while the load runs.
/// </summary>
internal sealed class SoakServer : IDisposable
{
    private readonly Process _process;

    private SoakServer(Process process, string address)
    {
        _process = process;
        Address = address;
    }

    public string Address { get; }

    public int ProcessId => _process.Id;

    /// <summary>Runs the web platform on a data directory until killed: the child process's entry point.</summary>
    public static int Serve(string[] args)
    {
        var app = Zhiku.Web.Hosting.ZhikuWebApp.Build([.. args, "--Zhiku:LoadSamples=false", "--Logging:LogLevel:Default=Warning"]);

        // Only in the bench server: the managed heap after a full collection, which tells live objects (a leak) from
        // memory the GC keeps or the working set settling.
        app.MapGet(HeapRoute, () =>
        {
            var live = GC.GetTotalMemory(forceFullCollection: true);
            var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
            return Microsoft.AspNetCore.Http.Results.Json(new HeapSample(live, info.HeapSizeBytes, info.TotalCommittedBytes, info.FragmentedBytes, GC.CollectionCount(2)));
        }).AllowAnonymous();
        app.Run();
        return 0;
    }

    /// <summary>Starts the server on a free loopback port and waits until it answers.</summary>
    public static async Task<SoakServer> StartAsync(string data, string log)
    {
        var port = FreePort();
        var address = $"http://127.0.0.1:{port}";
        var self = Environment.ProcessPath!;
        var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            info.ArgumentList.Add(typeof(SoakServer).Assembly.Location);
        }

        foreach (var arg in (string[])["soak-server", "--urls", address, $"--Zhiku:Data={data}"])
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        var writer = new StreamWriter(log) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { lock (writer) { writer.WriteLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (writer) { writer.WriteLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        for (var i = 0; i < 600; i++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the server exited with code {process.ExitCode}; see {log}");
            }

            try
            {
                if ((await http.GetAsync("/api/v1/search?q=warmup")).IsSuccessStatusCode)
                {
                    return new SoakServer(process, address);
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(500);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException($"the server did not answer within 5 minutes; see {log}");
    }

    /// <summary>The server's resident set size in MiB (VmRSS), or -1 when it has exited.</summary>
    public double ResidentMiB()
    {
        try
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
        }
        catch (IOException)
        {
            return -1;
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The server's resident set split into anonymous memory (heaps) and file pages (mapped index files), in MiB.</summary>
    public (double Anonymous, double File) ResidentSplitMiB()
    {
        try
        {
            var lines = File.ReadLines($"/proc/{_process.Id}/status").ToList();
            double Field(string name) => lines.FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal)) is { } line
                ? long.Parse(line[name.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024.0
                : -1;
            return (Field("RssAnon:"), Field("RssFile:"));
        }
        catch (IOException)
        {
            return (-1, -1);
        }
    }

    private const string HeapRoute = "/soak-diagnostics/heap";

    /// <summary>Asks the server for its managed heap after a full collection.</summary>
    public async Task<HeapSample?> HeapAsync(HttpClient http)
    {
        try
        {
            return await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<HeapSample>(http, Address + HeapRoute);
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }
}

/// <summary>The soak server's managed heap: bytes live after a full collection, the GC's heap, committed and fragmented bytes.</summary>
internal sealed record HeapSample(long LiveBytes, long HeapBytes, long CommittedBytes, long FragmentedBytes, int Gen2Collections);
