using System.Net;

namespace Zhiku.Web.Operations;

/// <summary>Who may read <c>/metrics</c> besides administrators (section Zhiku:Metrics).</summary>
public sealed class MetricsOptions
{
    /// <summary>Loopback: the allowed networks when none are configured.</summary>
    public static readonly IReadOnlyList<string> Loopback = ["127.0.0.0/8", "::1/128"];

    /// <summary>Networks in CIDR notation whose callers may read the metrics without signing in (<see cref="Loopback"/> when empty).</summary>
    public string[]? AllowedNetworks { get; set; }

    /// <summary>The allowed networks parsed; a malformed entry is named in the error.</summary>
    internal IReadOnlyList<IPNetwork> Networks()
    {
        var networks = new List<IPNetwork>();
        foreach (var entry in AllowedNetworks is { Length: > 0 } configured ? configured : Loopback)
        {
            if (!IPNetwork.TryParse(entry.Trim(), out var network))
            {
                throw new InvalidOperationException($"Zhiku:Metrics:AllowedNetworks: '{entry}' is not a network in CIDR notation (such as 10.0.0.0/8 or ::1/128)");
            }

            networks.Add(network);
        }

        return networks;
    }
}
