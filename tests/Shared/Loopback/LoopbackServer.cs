using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Zhiku.Testing;

/// <summary>
/// A small HTTP/1.1 server on 127.0.0.1 for harvest tests: each request is answered by the test's handler on a
/// connection of its own (closed after the answer), and every request is kept with its headers, so a test can assert
/// what the harvester sent. An answer may be cut off after some bytes, as a dropped connection cuts it.
/// </summary>
public sealed class LoopbackServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<LoopbackRequest, LoopbackResponse> _handler;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LoopbackServer(Func<LoopbackRequest, LoopbackResponse> handler)
    {
        _handler = handler;
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public string At(string pathAndQuery) => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}{pathAndQuery}";

    /// <summary>The requests seen, in the order they came, with the status each was answered with.</summary>
    public ConcurrentQueue<(LoopbackRequest Request, int Status)> Seen { get; } = new();

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(client));
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var head = new StringBuilder();
            var one = new byte[1];
            while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && head.Length < 65536)
            {
                if (await stream.ReadAsync(one) == 0)
                {
                    return;
                }

                head.Append((char)one[0]);
            }

            var lines = head.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            var target = lines[0].Split(' ')[1];
            var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
            var request = new LoopbackRequest(target, headers);
            var response = _handler(request);
            Seen.Enqueue((request, response.Status));
            var text = new StringBuilder($"HTTP/1.1 {response.Status} {Reason(response.Status)}\r\nConnection: close\r\n");
            foreach (var (name, value) in response.Headers)
            {
                text.Append(name).Append(": ").Append(value).Append("\r\n");
            }

            var body = response.Body;
            if (response.Status != 304)
            {
                text.Append("Content-Length: ").Append(body.Length).Append("\r\n");
            }

            text.Append("\r\n");
            await stream.WriteAsync(Encoding.ASCII.GetBytes(text.ToString()));
            var send = response.CutAfter is { } cut ? body[..Math.Min(cut, body.Length)] : body;
            await stream.WriteAsync(send);
            await stream.FlushAsync();
            client.Client.Shutdown(SocketShutdown.Both);
        }
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        304 => "Not Modified",
        404 => "Not Found",
        500 => "Internal Server Error",
        _ => "Status",
    };
}

/// <summary>A request the loopback server received: its path with query, and its headers.</summary>
public sealed record LoopbackRequest(string Target, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>A query parameter's value, unescaped, or null.</summary>
    public string? Query(string name) =>
        Target.Split('?', 2) is [_, var query]
            ? query.Split('&').Select(p => p.Split('=', 2)).Where(p => p[0] == name).Select(p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : string.Empty)).FirstOrDefault()
            : null;
}

/// <summary>An answer of the loopback server; <see cref="CutAfter"/> sends only that many bytes of the body, then closes.</summary>
public sealed record LoopbackResponse(int Status, ReadOnlyMemory<byte> Body = default, IReadOnlyDictionary<string, string>? ExtraHeaders = null, int? CutAfter = null)
{
    public IReadOnlyDictionary<string, string> Headers => ExtraHeaders ?? new Dictionary<string, string>();
}
