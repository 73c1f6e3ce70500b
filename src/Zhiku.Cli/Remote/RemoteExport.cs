using System.Text;

namespace Zhiku.Cli.Remote;

/// <summary><c>zhiku export --server</c>: <c>GET /api/v1/exports</c>, the works the token may see, written as the server formats them.</summary>
internal static class RemoteExport
{
    /// <summary>The format, the query (null: every visible work) and the encoding asked of the server.</summary>
    public sealed record Request(string Format, string? Query, string? Encoding);

    public static void Run(RemoteServer server, Request request, string? path, CliContext context)
    {
        var url = "api/v1/exports?format=" + Uri.EscapeDataString(request.Format)
            + (string.IsNullOrWhiteSpace(request.Query) ? string.Empty : "&q=" + Uri.EscapeDataString(request.Query))
            + (request.Encoding is null ? string.Empty : "&encoding=" + Uri.EscapeDataString(request.Encoding));
        var bytes = server.GetBytes(url);
        if (path is null)
        {
            // Standard output is text: the byte order mark the server puts before CSV is not part of it.
            context.Output.Write(new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF'));
            return;
        }

        File.WriteAllBytes(path, bytes);
        context.Error.WriteLine($"exported {bytes.Length} byte(s) from {server.Address} to {path}");
    }
}
