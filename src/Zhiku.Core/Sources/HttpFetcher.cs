using System.Globalization;
using System.Net;

namespace Zhiku.Sources;

/// <summary>
/// Fetches one URL into a file: conditional (If-None-Match, If-Modified-Since), bounded in time and size, and retried
/// with exponential back-off when the failure may pass (a timeout, a 5xx or 429 answer, a truncated or unreadable body).
/// Every failed try is noted, so the run log shows the retries.
/// </summary>
internal sealed class HttpFetcher(HttpClient http, HarvestOptions options)
{
    /// <summary>Fetches <paramref name="uri"/> to <paramref name="path"/>; <paramref name="check"/> rejects a body that cannot be read (retried).</summary>
    public async Task<FetchResult> FetchAsync(
        Uri uri, string? etag, string? lastModified, string path, Action<string>? check, Action<string> note, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var result = await FetchOnceAsync(uri, etag, lastModified, path, cancellationToken);
                if (!result.NotModified)
                {
                    check?.Invoke(path);
                }

                return result with { Attempts = attempt };
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && Retriable(e) is { } why)
            {
                if (attempt >= options.MaxAttempts)
                {
                    throw new HarvestFetchException($"{uri}: {why} (gave up after {attempt} tries)", retriable: false);
                }

                var delay = Delay(attempt);
                note($"{uri}: try {attempt} failed: {why}; trying again in {delay.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s");
                await Task.Delay(delay, cancellationToken);
            }
        }
    }

    /// <summary>The wait after a failed try: the first delay doubled per try, capped.</summary>
    public TimeSpan Delay(int attempt)
    {
        var ticks = options.RetryDelay.Ticks * Math.Pow(2, Math.Min(attempt - 1, 30));
        return TimeSpan.FromTicks((long)Math.Min(ticks, options.MaxRetryDelay.Ticks));
    }

    private async Task<FetchResult> FetchOnceAsync(Uri uri, string? etag, string? lastModified, string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (etag is { Length: > 0 })
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (lastModified is { Length: > 0 })
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FetchResult(true, etag, lastModified, 0, 1);
            }

            var code = (int)response.StatusCode;
            if (code >= 500 || code == 429)
            {
                throw new HarvestFetchException($"the server answered HTTP {code} {response.ReasonPhrase}", retriable: true);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new HarvestFetchException($"{uri}: the server answered HTTP {code} {response.ReasonPhrase}", retriable: false);
            }

            var declared = response.Content.Headers.ContentLength;
            if (declared > options.MaxBytes)
            {
                throw new HarvestFetchException($"{uri}: the body has {declared} bytes, more than the limit of {options.MaxBytes}", retriable: false);
            }

            long written = 0;
            await using (var body = await response.Content.ReadAsStreamAsync(timeout.Token))
            await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                var buffer = new byte[1 << 16];
                int read;
                while ((read = await body.ReadAsync(buffer, timeout.Token)) > 0)
                {
                    written += read;
                    if (written > options.MaxBytes)
                    {
                        throw new HarvestFetchException($"{uri}: the body is larger than the limit of {options.MaxBytes} bytes", retriable: false);
                    }

                    await file.WriteAsync(buffer.AsMemory(0, read), timeout.Token);
                }
            }

            if (declared is { } length && written != length)
            {
                throw new HarvestFetchException($"the body was truncated: {written} of {length} bytes", retriable: true);
            }

            return new FetchResult(false, response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture), written, 1);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new HarvestFetchException($"no complete answer within {options.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s (timed out)", retriable: true);
        }
    }

    // Why a try failed, when another try may succeed; null when it will not.
    private static string? Retriable(Exception e) => e switch
    {
        HarvestFetchException { Retriable: true } => e.Message,
        HarvestFetchException => null,
        HttpRequestException { InnerException: IOException } => $"the connection broke off, the body was truncated ({e.InnerException!.Message})",
        HttpRequestException => $"the request failed ({e.Message})",
        IOException => $"the connection broke off, the body was truncated ({e.Message})",
        InvalidDataException => e.Message,
        _ => null,
    };
}
