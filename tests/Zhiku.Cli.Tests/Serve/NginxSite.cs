using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Zhiku.Cli.Tests.Serve;

/// <summary>Where the rendered sample site listens and what it serves: loopback ports, a certificate, Zhiku's limit.</summary>
internal sealed record NginxSiteValues(int HttpPort, int HttpsPort, int ZhikuPort, string Certificate, string Key, long MaxBodyBytes);

/// <summary>
/// Debian's nginx running the shipped site deploy/nginx-zhiku.conf in a folder of its own (no system service, no
/// /etc/nginx): the sample with only its ports, certificate paths and upload limit replaced, inside a minimal main
/// configuration whose logs, pid and temporary files stay in that folder. Stopped when disposed.
/// </summary>
internal sealed class NginxSite : IAsyncDisposable
{
    public const string SamplePath = "deploy/nginx-zhiku.conf";

    private readonly Process _process;
    private readonly string _prefix;

    private NginxSite(Process process, string prefix)
    {
        _process = process;
        _prefix = prefix;
    }

    /// <summary>The nginx binary of Debian's package; a missing one fails the test naming the package to install.</summary>
    public static string Binary() =>
        new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("nginx is not installed: the nginx site test needs Debian's package 'nginx' (apt-get install nginx; .ci/run installs it when missing)");

    /// <summary>
    /// The sample with production values replaced by the test's. Every replaced text must be in the sample, so a sample
    /// that changes shape fails here instead of being tested half-rendered.
    /// </summary>
    public static string Render(string sample, NginxSiteValues values)
    {
        var replacements = new (string From, string To)[]
        {
            ("listen [::]:80;", string.Empty),
            ("listen [::]:443 ssl http2;", string.Empty),
            ("listen 80;", $"listen 127.0.0.1:{values.HttpPort};"),
            ("listen 443 ssl http2;", $"listen 127.0.0.1:{values.HttpsPort} ssl http2;"),
            ("/etc/ssl/certs/zhiku.example.org.pem", values.Certificate),
            ("/etc/ssl/private/zhiku.example.org.key", values.Key),
            ("http://127.0.0.1:5000;", $"http://127.0.0.1:{values.ZhikuPort};"),
            ("client_max_body_size 257m;", $"client_max_body_size {values.MaxBodyBytes.ToString(CultureInfo.InvariantCulture)};"),
        };
        var site = sample;
        foreach (var (from, to) in replacements)
        {
            if (!site.Contains(from, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{SamplePath} no longer contains '{from}': render it anew in {nameof(NginxSite)}.{nameof(Render)}");
            }

            site = site.Replace(from, to, StringComparison.Ordinal);
        }

        return site;
    }

    /// <summary>Starts nginx on <paramref name="site"/> in <paramref name="prefix"/> and waits until its HTTPS port accepts.</summary>
    public static async Task<NginxSite> StartAsync(string prefix, string site, int httpsPort)
    {
        var binary = Binary();
        Directory.CreateDirectory(prefix);
        await File.WriteAllTextAsync(Path.Combine(prefix, "site.conf"), site);
        var main = new StringBuilder()
            .AppendLine("worker_processes 1;")
            .AppendLine(CultureInfo.InvariantCulture, $"pid {prefix}/nginx.pid;")
            .AppendLine(CultureInfo.InvariantCulture, $"error_log {prefix}/error.log warn;")
            .AppendLine("events { worker_connections 64; }")
            .AppendLine("http {")
            .AppendLine(CultureInfo.InvariantCulture, $"    access_log {prefix}/access.log;")
            .AppendLine(CultureInfo.InvariantCulture, $"    client_body_temp_path {prefix}/client_body;")
            .AppendLine(CultureInfo.InvariantCulture, $"    proxy_temp_path {prefix}/proxy;")
            .AppendLine(CultureInfo.InvariantCulture, $"    fastcgi_temp_path {prefix}/fastcgi;")
            .AppendLine(CultureInfo.InvariantCulture, $"    uwsgi_temp_path {prefix}/uwsgi;")
            .AppendLine(CultureInfo.InvariantCulture, $"    scgi_temp_path {prefix}/scgi;")
            .AppendLine(CultureInfo.InvariantCulture, $"    include {prefix}/site.conf;")
            .AppendLine("}")
            .ToString();
        var conf = Path.Combine(prefix, "nginx.conf");
        await File.WriteAllTextAsync(conf, main);
        var process = Process.Start(new ProcessStartInfo(binary, ["-p", prefix, "-e", Path.Combine(prefix, "error.log"), "-c", conf, "-g", "daemon off;"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var nginx = new NginxSite(process, prefix);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", httpsPort);
                return nginx;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        var stderr = process.HasExited ? await process.StandardError.ReadToEndAsync() : string.Empty;
        var log = nginx.ErrorLog;
        await nginx.DisposeAsync();
        throw new InvalidOperationException($"nginx did not start on the rendered {SamplePath}:\n{stderr}\n{log}\n{site}");
    }

    /// <summary>nginx's error log of this run.</summary>
    public string ErrorLog
    {
        get
        {
            var path = Path.Combine(_prefix, "error.log");
            return File.Exists(path) ? File.ReadAllText(path) : string.Empty;
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
