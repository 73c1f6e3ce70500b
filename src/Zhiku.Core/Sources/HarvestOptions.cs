namespace Zhiku.Sources;

/// <summary>The bounds a harvest runs within: time and size of each fetch, retries and their back-off, pages per run.</summary>
public sealed class HarvestOptions
{
    /// <summary>How long one request may take, headers and body, before it counts as timed out (and is retried).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The largest body a fetch takes; a larger one is refused, not retried.</summary>
    public long MaxBytes { get; set; } = 64L << 20;

    /// <summary>Tries per fetch, the first included.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The wait before the first retry; each further retry waits twice as long, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>OpenAlex pages fetched in one run at most; the cursor is kept, so the next run goes on from there.</summary>
    public int MaxPages { get; set; } = 50;

    /// <summary>The OpenAlex <c>per-page</c> asked for when the source's URL names none.</summary>
    public int PerPage { get; set; } = 200;
}
