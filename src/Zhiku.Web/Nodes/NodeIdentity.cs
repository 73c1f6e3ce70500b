using System.Globalization;

namespace Zhiku.Web.Nodes;

/// <summary>The name of this node among the nodes of one store (host, process and a random part), recorded on the jobs it runs.</summary>
internal sealed class NodeIdentity
{
    public string Name { get; } = string.Create(CultureInfo.InvariantCulture,
        $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..6]}");

    public override string ToString() => Name;
}
