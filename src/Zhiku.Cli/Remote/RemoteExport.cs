using System.Text;

namespace Zhiku.Cli.Remote;

/// <summary><c>zhiku export --server</c>: <c>GET /api/v1/exports</c>, the works the token may see, written as the server formats them.</summary>
internal static class RemoteExport
{
    public static void Run(RemoteServer server, string format, string? query, string? path, CliContext context)
    {
        var url = "api/v1/exports?format=" + Uri.EscapeDataString(format) + (string.IsNullOrWhiteSpace(query) ? string.Empty : "&q=" + Uri.EscapeDataString(query));
        var bytes = server.GetBytes(url);
        if (path is null)
        {
            context.Output.Write(new UTF8Encoding(false).GetString(bytes));
            return;
        }

        File.WriteAllBytes(path, bytes);
        context.Error.WriteLine($"exported {bytes.Length} byte(s) from {server.Address} to {path}");
    }
}
