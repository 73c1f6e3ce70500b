using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Zhiku.Benchmarks.KnowledgeBase;

namespace Zhiku.Benchmarks.Soak;

/// <summary>
/// The mixed load: connections that each loop over searches (Chinese and English, anonymous and signed in), suggestions,
/// work pages, analyses of a search (summary, co-word network, bursts, themes, trends), the dashboard and, one at a
/// time, uploads of new records followed until they are imported. Every answer that is not a success is an error.
/// </summary>
internal sealed class SoakLoad(string address, string token, int seed, bool uploads = true)
{
    private static readonly string[] Analyses = ["summary", "network?top=60", "bursts", "themes", "trends"];
    private static readonly string[] Words = ["policy", "innovation", "evaluation", "science", "governance", "research", "network", "citation", "regulation", "科技", "创新", "政策", "评价", "智库"];

    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _latencies = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly ConcurrentBag<string> _workIds = [];
    private int _uploadInFlight;
    private int _uploads;
    private long _errorCount;

    public long Errors => Interlocked.Read(ref _errorCount);

    public int Uploads => _uploads;

    public IEnumerable<string> FirstErrors => _errors.Take(10);

    public IReadOnlyDictionary<string, ConcurrentBag<double>> Latencies => _latencies;

    public async Task RunAsync(int connections, TimeSpan duration)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var anonymous = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(2) };
        using var signedIn = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(2) };
        signedIn.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var end = DateTime.UtcNow + duration;
        await Task.WhenAll(Enumerable.Range(0, connections).Select(i => Task.Run(() => WorkerAsync(anonymous, signedIn, new Random(seed * 1000 + i), end))));
    }

    private async Task WorkerAsync(HttpClient anonymous, HttpClient signedIn, Random random, DateTime end)
    {
        var queries = SearchBenchmark.Chinese.Concat(SearchBenchmark.English).ToArray();
        while (DateTime.UtcNow < end)
        {
            var client = random.Next(2) == 0 ? anonymous : signedIn;
            var query = queries[random.Next(queries.Length)];
            var dice = random.Next(100);
            if (dice < 55)
            {
                var body = await GetAsync(client, "search", $"/api/v1/search?q={Uri.EscapeDataString(query)}&offset={random.Next(3) * 10}&sort={(random.Next(2) == 0 ? "relevance" : "date")}");
                if (body is not null && _workIds.Count < 5000 && random.Next(4) == 0)
                {
                    foreach (var hit in JsonDocument.Parse(body).RootElement.GetProperty("hits").EnumerateArray().Take(3))
                    {
                        _workIds.Add(hit.GetProperty("id").GetString()!);
                    }
                }
            }
            else if (dice < 65)
            {
                await GetAsync(client, "suggest", $"/api/v1/suggest?q={Uri.EscapeDataString(query[..Math.Min(query.Length, 1 + random.Next(4))])}");
            }
            else if (dice < 75)
            {
                var id = _workIds.Skip(random.Next(Math.Max(1, _workIds.Count))).FirstOrDefault() ?? "W1";
                await GetAsync(client, "work", "/api/v1/works/" + id);
            }
            else if (dice < 90)
            {
                var analysis = Analyses[random.Next(Analyses.Length)];
                var separator = analysis.Contains('?', StringComparison.Ordinal) ? '&' : '?';
                await GetAsync(client, "analysis", $"/api/v1/analytics/{analysis}{separator}q={Uri.EscapeDataString(query)}");
            }
            else if (dice < 95)
            {
                await GetAsync(client, "dashboard", "/api/v1/dashboard");
            }
            else if (uploads && Interlocked.CompareExchange(ref _uploadInFlight, 1, 0) == 0)
            {
                try
                {
                    await UploadAsync(signedIn, random, end);
                }
                finally
                {
                    Volatile.Write(ref _uploadInFlight, 0);
                }
            }
        }
    }

    private async Task<string?> GetAsync(HttpClient client, string kind, string path)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            Record(kind, watch.Elapsed.TotalMilliseconds);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                Fail($"{kind} {path}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 200)]}");
                return null;
            }

            return body;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            Fail($"{kind} {path}: {e.GetType().Name} {e.Message}");
            return null;
        }
    }

    // Five new records in a RIS file, posted as an upload and followed until the import is done.
    private async Task UploadAsync(HttpClient client, Random random, DateTime end)
    {
        var number = Interlocked.Increment(ref _uploads);
        var ris = new StringBuilder();
        for (var k = 0; k < 5; k++)
        {
            ris.Append($"TY  - JOUR\nTI  - Soak upload {number}-{k}: {Words[random.Next(Words.Length)]} and {Words[random.Next(Words.Length)]} in think tanks\n")
                .Append($"AU  - Soak, Author{random.Next(50)}\nKW  - {Words[random.Next(Words.Length)]}\nKW  - soak test\nPY  - {2000 + random.Next(25)}\n")
                .Append($"AB  - Record {k} of upload {number}, written by the soak benchmark.\nER  - \n\n");
        }

        var watch = Stopwatch.StartNew();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(ris.ToString())), "files", $"soak-{number}.ris" },
            { new StringContent("public"), "access" },
        };
        try
        {
            using var started = await client.PostAsync("/api/v1/imports", form);
            var body = await started.Content.ReadAsStringAsync();
            Record("upload", watch.Elapsed.TotalMilliseconds);
            if (started.StatusCode != HttpStatusCode.Accepted)
            {
                Fail($"upload {number}: {(int)started.StatusCode} {body[..Math.Min(body.Length, 200)]}");
                return;
            }

            var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString();
            while (DateTime.UtcNow < end + TimeSpan.FromMinutes(1))
            {
                await Task.Delay(250);
                if (await GetAsync(client, "import-status", $"/api/v1/imports/{id}") is not { } status)
                {
                    return;
                }

                var state = JsonDocument.Parse(status).RootElement.GetProperty("state").GetString();
                if (state is "done")
                {
                    Record("upload-imported", watch.Elapsed.TotalMilliseconds);
                    return;
                }

                if (state is "failed")
                {
                    Fail($"upload {number}: the import failed: {status[..Math.Min(status.Length, 300)]}");
                    return;
                }
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            Fail($"upload {number}: {e.GetType().Name} {e.Message}");
        }
    }

    private void Record(string kind, double ms) => _latencies.GetOrAdd(kind, _ => []).Add(ms);

    private void Fail(string message)
    {
        Interlocked.Increment(ref _errorCount);
        if (_errors.Count < 50)
        {
            _errors.Enqueue(message);
        }
    }
}
