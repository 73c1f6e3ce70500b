using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zhiku.Testing.Postgres;

namespace Zhiku.Cli.Tests.Serve;

/// <summary>
/// The shipped deploy/zhiku.json and deploy/nginx-zhiku.conf as an IT office runs them, on loopback: <c>zhiku serve
/// --config</c> on a free port with the test's data directory, an administrator password, a small upload limit (the
/// size of a real export file) and /metrics allowed for 127.0.0.2 only; nginx in front with a throwaway self-signed
/// certificate. Clients may connect from any loopback address (127.0.0.2, 127.0.0.3, …) to tell callers apart.
/// </summary>
public sealed class NginxSitePlatform : IAsyncLifetime
{
    public const string Host = "zhiku.example.org";
    public const string AdminPassword = "nginx site test password";
    public const string UploadSample = "bibliographic/wos-tab/scientopy_2026.txt";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "zhiku-nginx-" + Guid.NewGuid().ToString("N")[..8]);
    private X509Certificate2? _certificate;
    private PostgresDatabase? _database;
    private ServedZhiku? _zhiku;
    private NginxSite? _nginx;

    public int HttpPort { get; } = ServedZhiku.FreePort();

    public int HttpsPort { get; } = ServedZhiku.FreePort();

    public int ZhikuPort { get; } = ServedZhiku.FreePort();

    /// <summary>Zhiku:MaxUploadBytes of the test: exactly the size of <see cref="UploadSample"/>.</summary>
    public long MaxUploadBytes { get; } = new FileInfo(SharedData.Path(UploadSample)).Length;

    /// <summary>client_max_body_size of the rendered site: Zhiku's limit plus 1 MiB of form, as in the sample.</summary>
    public long MaxBodyBytes => MaxUploadBytes + (1 << 20);

    public string AdministratorToken { get; private set; } = string.Empty;

    public string DataDirectory => Path.Combine(_root, "data");

    public string ErrorLog => _nginx?.ErrorLog ?? string.Empty;

    public async Task InitializeAsync()
    {
        NginxSite.Binary();
        Directory.CreateDirectory(DataDirectory);
        _database = TestStore.Bind(DataDirectory);
        _certificate = SelfSigned();
        var pem = Path.Combine(_root, "zhiku.example.org.pem");
        var key = Path.Combine(_root, "zhiku.example.org.key");
        await File.WriteAllTextAsync(pem, _certificate.ExportCertificatePem());
        await File.WriteAllTextAsync(key, _certificate.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem());

        var settings = Path.Combine(_root, "zhiku.json");
        await File.WriteAllTextAsync(settings, ZhikuSettings().ToJsonString());
        _zhiku = ServedZhiku.Start("serve", "--config", settings);
        await _zhiku.WaitReadyAsync(ZhikuPort);
        AdministratorToken = Token();

        var sample = await File.ReadAllTextAsync(ServedZhiku.RepositoryFile(NginxSite.SamplePath));
        var site = NginxSite.Render(sample, new NginxSiteValues(HttpPort, HttpsPort, ZhikuPort, pem, key, MaxBodyBytes));
        _nginx = await NginxSite.StartAsync(Path.Combine(_root, "nginx"), site, HttpsPort);
    }

    /// <summary>
    /// A client of the site through nginx, connecting from <paramref name="source"/> (default 127.0.0.1), trusting
    /// only the throwaway certificate, naming the site in Host as a browser would; no redirects or cookies followed.
    /// </summary>
    public HttpClient Client(string source = "127.0.0.1", bool https = true)
    {
        var thumbprint = _certificate!.Thumbprint;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            ConnectCallback = async (context, cancel) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(source), 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancel);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
            SslOptions = new SslClientAuthenticationOptions
            {
                TargetHost = Host,
                RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is X509Certificate2 c && c.Thumbprint == thumbprint,
            },
        };
        var client = new HttpClient(handler)
        {
            BaseAddress = new Uri(https ? $"https://127.0.0.1:{HttpsPort}/" : $"http://127.0.0.1:{HttpPort}/"),
            Timeout = TimeSpan.FromSeconds(60),
        };
        client.DefaultRequestHeaders.Host = Host;
        return client;
    }

    /// <summary>A client of Zhiku itself on plain HTTP, past nginx.</summary>
    public HttpClient Direct()
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{ZhikuPort}/"),
        };
        client.DefaultRequestHeaders.Host = Host;
        return client;
    }

    /// <summary>deploy/zhiku.json as shipped, with the administrator's edits of the test.</summary>
    private JsonObject ZhikuSettings()
    {
        var shipped = File.ReadAllText(ServedZhiku.RepositoryFile("deploy/zhiku.json"));
        var settings = JsonNode.Parse(shipped, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!.AsObject();
        Assert.Equal("http://127.0.0.1:5000", settings["urls"]!.GetValue<string>());
        settings["urls"] = $"http://127.0.0.1:{ZhikuPort}";
        var zhiku = settings["Zhiku"]!.AsObject();
        zhiku["Data"] = DataDirectory;
        zhiku["AdminPassword"] = AdminPassword;
        zhiku["MaxUploadBytes"] = MaxUploadBytes;
        zhiku["Metrics"] = new JsonObject { ["AllowedNetworks"] = new JsonArray("127.0.0.2/32") };
        return settings;
    }

    /// <summary>An API token of the first administrator, made as the manual says (zhiku users token, server running).</summary>
    private string Token()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = ZhikuCli.Run(["users", "token", "admin", "--json", "--data", DataDirectory], output, error);
        Assert.True(exit == 0, $"zhiku users token admin exited {exit}: {error}");
        return JsonDocument.Parse(output.ToString()).RootElement.GetProperty("token").GetString()!;
    }

    private static X509Certificate2 SelfSigned()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={Host}", ecdsa, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(Host);
        request.CertificateExtensions.Add(names.Build());
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
    }

    public async Task DisposeAsync()
    {
        if (_nginx is not null)
        {
            await _nginx.DisposeAsync();
        }

        if (_zhiku is not null)
        {
            await _zhiku.DisposeAsync();
        }

        _certificate?.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }

        _database?.Dispose();
    }
}
