namespace Zhiku.Web.Operations;

/// <summary>
/// The reverse proxies (nginx) whose X-Forwarded-For and X-Forwarded-Proto are believed (section Zhiku:Proxy).
/// Loopback is always trusted; a proxy on another machine is named here. Behind a proxy the forwarded address is the
/// caller's address everywhere, so /metrics checks the real client against Zhiku:Metrics:AllowedNetworks.
/// </summary>
public sealed class ProxyOptions
{
    /// <summary>Networks of trusted proxies in CIDR notation besides loopback (such as 10.1.2.3/32).</summary>
    public string[]? KnownNetworks { get; set; }
}
