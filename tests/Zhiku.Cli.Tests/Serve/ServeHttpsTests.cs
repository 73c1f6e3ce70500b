using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Zhiku.Cli.Tests.Serve;

/// <summary>
/// HTTPS in Kestrel itself, configured as the administrator manual says: its <c>"Kestrel"</c> blocks (an HTTPS endpoint
/// with a PEM certificate and key, or with a PFX file and its password) in the settings file of <c>zhiku serve
/// --config</c>, with a throwaway certificate in place of /etc/zhiku/zhiku.pem and zhiku.key or zhiku.pfx; and a PFX
/// given on the command line. The blocks are read from docs/manual/admin-manual.md, so the manual shows what this test
/// runs.
/// </summary>
public sealed partial class ServeHttpsTests : IDisposable
{
    private const string Host = "zhiku.example.org";

    // The manual's placeholder; a test writes its own password in its place.
    private const string PfxPassword = "thePFXpassword";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "zhiku-serve-https-" + Guid.NewGuid().ToString("N")[..8]);

    public ServeHttpsTests() => Directory.CreateDirectory(_root);

    [Fact]
    public void Both_administrator_manuals_give_the_same_kestrel_https_settings()
    {
        Assert.Equal(KestrelBlock("admin-manual.md", "KeyPath"), KestrelBlock("管理员手册.md", "KeyPath"));
        Assert.Equal(KestrelBlock("admin-manual.md", ".pfx"), KestrelBlock("管理员手册.md", ".pfx"));
    }

    [Fact]
    public async Task Serve_with_the_manuals_kestrel_certificate_settings_answers_ready_over_https_with_hsts()
    {
        using var certificate = SelfSigned();
        var pem = Path.Combine(_root, "zhiku.pem");
        var key = Path.Combine(_root, "zhiku.key");
        await File.WriteAllTextAsync(pem, certificate.ExportCertificatePem());
        await File.WriteAllTextAsync(key, certificate.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem());
        var port = FreePort();

        var manual = KestrelBlock("admin-manual.md", "KeyPath");
        var kestrel = manual.Replace("https://0.0.0.0:8443", $"https://127.0.0.1:{port}", StringComparison.Ordinal)
            .Replace("/etc/zhiku/zhiku.pem", pem, StringComparison.Ordinal)
            .Replace("/etc/zhiku/zhiku.key", key, StringComparison.Ordinal);
        Assert.True(!kestrel.Contains("/etc/zhiku", StringComparison.Ordinal) && kestrel.Contains(pem, StringComparison.Ordinal), $"the manual's block changed:\n{manual}");
        var settings = JsonNode.Parse("{" + kestrel + "}")!.AsObject();
        settings["Zhiku"] = new JsonObject { ["Data"] = Path.Combine(_root, "data"), ["LoadSamples"] = false, ["AdminPassword"] = "https test password" };
        var file = Path.Combine(_root, "zhiku.json");
        await File.WriteAllTextAsync(file, settings.ToJsonString());

        using var server = Start("serve", "--config", file);
        var (ready, hsts, presented) = await ReadyOverHttpsAsync(port, server, certificate);

        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.Equal(certificate.Thumbprint, presented);
        Assert.StartsWith("max-age=31536000", hsts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_with_the_manuals_pfx_settings_answers_ready_over_https_with_hsts()
    {
        using var certificate = SelfSigned();
        var pfx = Path.Combine(_root, "zhiku.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, PfxPassword));
        var port = FreePort();
        var file = await PfxSettingsAsync(port, pfx, PfxPassword);

        using var server = Start("serve", "--config", file);
        var (ready, hsts, presented) = await ReadyOverHttpsAsync(port, server, certificate);

        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.Equal(certificate.Thumbprint, presented);
        Assert.StartsWith("max-age=31536000", hsts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_with_a_pfx_and_its_password_on_the_command_line_answers_over_https_on_the_urls()
    {
        using var certificate = SelfSigned();
        var pfx = Path.Combine(_root, "command-line.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, PfxPassword));
        var port = FreePort();

        using var server = Start("serve", "--data", Path.Combine(_root, "data"), "--no-samples", "--urls", $"https://127.0.0.1:{port}",
            "--certificate", pfx, "--certificate-password", PfxPassword);
        var (ready, _, presented) = await ReadyOverHttpsAsync(port, server, certificate);

        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.Equal(certificate.Thumbprint, presented);
    }

    [Fact]
    public async Task A_pfx_with_a_wrong_password_stops_serve_with_exit_1_naming_the_file_and_the_setting()
    {
        using var certificate = SelfSigned();
        var pfx = Path.Combine(_root, "zhiku.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, PfxPassword));
        var file = await PfxSettingsAsync(FreePort(), pfx, "not the password");

        var (exit, error) = await RefusedAsync("serve", "--config", file);

        Assert.Equal(1, exit);
        Assert.Contains(pfx, error, StringComparison.Ordinal);
        Assert.Contains("Kestrel:Endpoints:Https:Certificate:Password", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_certificate_file_stops_serve_with_exit_1_naming_it()
    {
        var missing = Path.Combine(_root, "absent.pfx");

        var (exit, error) = await RefusedAsync("serve", "--data", Path.Combine(_root, "data"), "--no-samples", "--urls", $"https://127.0.0.1:{FreePort()}",
            "--certificate", missing, "--certificate-password", PfxPassword);

        Assert.Equal(1, exit);
        Assert.Contains($"the certificate file {missing} (Kestrel:Certificates:Default:Path) does not exist", error, StringComparison.Ordinal);
    }

    /// <summary>A settings file with the manual's PFX block, its address, file and password replaced by the test's.</summary>
    private async Task<string> PfxSettingsAsync(int port, string pfx, string password)
    {
        var manual = KestrelBlock("admin-manual.md", ".pfx");
        var kestrel = manual.Replace("https://0.0.0.0:8443", $"https://127.0.0.1:{port}", StringComparison.Ordinal)
            .Replace("/etc/zhiku/zhiku.pfx", pfx, StringComparison.Ordinal)
            .Replace("\"Password\":\"thePFXpassword\"", $"\"Password\":\"{password}\"", StringComparison.Ordinal);
        Assert.True(kestrel.Contains(pfx, StringComparison.Ordinal) && kestrel.Contains(password, StringComparison.Ordinal), $"the manual's block changed:\n{manual}");
        var settings = JsonNode.Parse("{" + kestrel + "}")!.AsObject();
        settings["Zhiku"] = new JsonObject { ["Data"] = Path.Combine(_root, "data"), ["LoadSamples"] = false, ["AdminPassword"] = "https test password" };
        var file = Path.Combine(_root, "zhiku-pfx.json");
        await File.WriteAllTextAsync(file, settings.ToJsonString());
        return file;
    }

    private static async Task<(int Exit, string Error)> RefusedAsync(params string[] args)
    {
        using var server = Start(args);
        var error = server.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await server.WaitForExitAsync(cancel.Token);
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
            }
        }

        return (server.ExitCode, await error);
    }

    /// <summary>The JSON code block of a manual with the "Kestrel" settings and <paramref name="marker"/>, whitespace removed.</summary>
    private static string KestrelBlock(string manual, string marker)
    {
        var text = File.ReadAllText(Path.Combine(ManualFolder(), manual));
        var block = JsonBlock().Matches(text).Select(m => m.Groups[1].Value)
            .SingleOrDefault(b => b.Contains("\"Kestrel\"", StringComparison.Ordinal) && b.Contains(marker, StringComparison.Ordinal));
        Assert.True(block is not null, $"{manual} has no ```json block with the \"Kestrel\" settings and {marker}");
        return Regex.Replace(block, @"\s+", string.Empty);
    }

    private static X509Certificate2 SelfSigned()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={Host}", ecdsa, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(Host);
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
    }

    private static async Task<(JsonElement Ready, string Hsts, string? Presented)> ReadyOverHttpsAsync(int port, Process server, X509Certificate2 expected)
    {
        string? presented = null;
        using var handler = new HttpClientHandler
        {
            // Only the throwaway certificate is trusted, and only for this test.
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
            {
                presented = certificate?.Thumbprint;
                return certificate?.Thumbprint == expected.Thumbprint;
            },
        };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (DateTime.UtcNow < deadline && !server.HasExited)
            {
                try
                {
                    // HSTS is never sent to localhost or 127.0.0.1: the request names the site as a browser would.
                    using var request = new HttpRequestMessage(HttpMethod.Get, $"https://127.0.0.1:{port}/health/ready");
                    request.Headers.Host = Host;
                    using var response = await http.SendAsync(request);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        var hsts = response.Headers.TryGetValues("Strict-Transport-Security", out var values) ? values.Single() : string.Empty;
                        return (JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone(), hsts, presented);
                    }
                }
                catch (HttpRequestException)
                {
                }

                await Task.Delay(200);
            }

            var error = server.HasExited ? await server.StandardError.ReadToEndAsync() : string.Empty;
            throw new TimeoutException($"zhiku serve did not answer over HTTPS on port {port}: {error}");
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
            }

            await server.WaitForExitAsync();
        }
    }

    private static Process Start(params string[] args) =>
        Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "zhiku.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["ZHIKU_DATA"] = null, ["ZHIKU_CONFIG"] = null, ["ZHIKU_STORE"] = null },
        })!;

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static string ManualFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Zhiku.slnx")))
            {
                return Path.Combine(dir.FullName, "docs", "manual");
            }
        }

        throw new DirectoryNotFoundException($"no Zhiku.slnx above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex("```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

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
