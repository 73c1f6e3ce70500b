using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Zhiku.Web.Hosting;

namespace Zhiku.Web.Operations;

/// <summary>Registers and wires the operations feature: proxies, HSTS, request ids and metrics, health and metrics endpoints.</summary>
internal static class OperationsSetup
{
    public static IServiceCollection AddZhikuOperations(this IServiceCollection services)
    {
        services.AddSingleton<PlatformMetrics>();
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddSingleton<IConfigureOptions<ForwardedHeadersOptions>>(sp => new ConfigureOptions<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var entry in sp.GetRequiredService<IOptions<ZhikuWebOptions>>().Value.Proxy.KnownNetworks ?? [])
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(entry.Trim(), out var network) ? network
                    : throw new InvalidOperationException($"Zhiku:Proxy:KnownNetworks: '{entry}' is not a network in CIDR notation (such as 10.1.2.3/32)"));
            }
        }));
        return services;
    }

    /// <summary>
    /// First in the pipeline: the forwarded client address and scheme of a trusted proxy, HSTS on HTTPS (never for
    /// localhost), then the request id and the metrics, so every answer (errors included) carries the id and is counted.
    /// </summary>
    public static IApplicationBuilder UseZhikuOperations(this IApplicationBuilder app)
    {
        app.UseForwardedHeaders();
        app.UseHsts();
        return app.UseMiddleware<RequestTracking>();
    }
}
