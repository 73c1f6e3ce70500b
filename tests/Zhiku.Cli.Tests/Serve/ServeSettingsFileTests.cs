using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Zhiku.Cli.Tests.Serve;

/// <summary><c>zhiku serve --config FILE</c>, as the package's systemd unit starts it with /etc/zhiku/zhiku.json.</summary>
public sealed class ServeSettingsFileTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "zhiku-serve-config-" + Guid.NewGuid().ToString("N")[..8]);

    public ServeSettingsFileTests() => Directory.CreateDirectory(_root);

    [Fact]
    public async Task Serve_takes_the_data_directory_and_urls_from_the_settings_file_and_a_typed_urls_wins()
    {
        var filePort = FreePort();
        var typedPort = FreePort();
        var data = Path.Combine(_root, "var-lib-zhiku");
        var settings = Path.Combine(_root, "zhiku.json");
        await File.WriteAllTextAsync(settings, JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["urls"] = $"http://127.0.0.1:{filePort}",
            ["Zhiku"] = new Dictionary<string, object> { ["Data"] = data, ["LoadSamples"] = false, ["AdminPassword"] = "settings file password" },
        }));

        using (var fromFile = Start("serve", "--config", settings))
        {
            var ready = await ReadyAsync(filePort, fromFile);
            Assert.Equal(0, ready.GetProperty("documents").GetInt32());
            Assert.True(Directory.EnumerateFiles(data).Any(), $"nothing was written to {data}");
        }

        using var typed = Start("serve", "--config", settings, "--urls", $"http://127.0.0.1:{typedPort}");
        Assert.Equal("ready", (await ReadyAsync(typedPort, typed)).GetProperty("status").GetString());
    }

    [Fact]
    public void A_missing_settings_file_is_named_and_serve_exits_1()
    {
        var missing = Path.Combine(_root, "absent.json");
        using var process = Start("serve", "--config", missing);

        Assert.True(process.WaitForExit(60_000));
        Assert.Equal(1, process.ExitCode);
        Assert.Contains(missing, process.StandardError.ReadToEnd(), StringComparison.Ordinal);
    }

    private static Process Start(params string[] args) =>
        Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "zhiku.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["ZHIKU_DATA"] = null, ["ZHIKU_CONFIG"] = null },
        })!;

    private static async Task<JsonElement> ReadyAsync(int port, Process server)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (DateTime.UtcNow < deadline && !server.HasExited)
            {
                try
                {
                    using var response = await http.GetAsync(new Uri("health/ready", UriKind.Relative));
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
                    }
                }
                catch (HttpRequestException)
                {
                }

                await Task.Delay(200);
            }

            throw new TimeoutException($"zhiku serve did not answer on port {port}");
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
