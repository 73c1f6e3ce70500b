using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Operations;

/// <summary>The seeded platform on a real Kestrel port, its logs captured at every level (framework included).</summary>
public class OperationsPlatform : PlatformFactory
{
    public OperationsPlatform() => UseKestrel(0);

    public CapturedLogs Logs { get; } = new();

    /// <summary>Zhiku:Metrics:AllowedNetworks, or null for the default (loopback).</summary>
    protected virtual string? AllowedNetworks => null;

    public Uri Address
    {
        get
        {
            Seeded();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("[::]", "localhost", StringComparison.Ordinal).Replace("0.0.0.0", "localhost", StringComparison.Ordinal).TrimEnd('/') + "/");
        }
    }

    /// <summary>A client of its own (own cookies) talking HTTP to Kestrel.</summary>
    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = Address };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (AllowedNetworks is { } networks)
        {
            builder.UseSetting("Zhiku:Metrics:AllowedNetworks:0", networks);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<CapturedLogs>(null, LogLevel.Trace).SetMinimumLevel(LogLevel.Trace));
    }
}

/// <summary>A platform whose metrics are open to a network the tests never come from: only administrators read them.</summary>
public sealed class ClosedMetricsPlatform : OperationsPlatform
{
    protected override string? AllowedNetworks => "192.0.2.0/24";
}
