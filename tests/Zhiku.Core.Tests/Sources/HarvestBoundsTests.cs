using System.Text;
using Zhiku.Access;
using Zhiku.Search;
using Zhiku.Sources;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Sources;

/// <summary>
/// The bounds of a harvest: retries wait exponentially longer up to a cap, a body over the size limit is refused at
/// once (not retried), a server that does not answer in time is retried and then recorded as timed out, an Atom feed
/// is read like RSS, and a source's schedule is written as a number and a unit. On both stores.
/// </summary>
public sealed class HarvestBoundsTests
{
    private static readonly string CrsFeed = SharedData.Path("documents/crs/crs_rss_feed.xml");

    [Fact]
    public void Retries_wait_twice_as_long_each_time_up_to_the_cap()
    {
        using var http = new HttpClient();
        var fetcher = new HttpFetcher(http, new HarvestOptions { RetryDelay = TimeSpan.FromSeconds(2), MaxRetryDelay = TimeSpan.FromSeconds(60) });

        var delays = Enumerable.Range(1, 7).Select(a => fetcher.Delay(a).TotalSeconds).ToList();

        Assert.Equal([2, 4, 8, 16, 32, 60, 60], delays);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused_without_a_retry_and_nothing_goes_in()
    {
        var bytes = File.ReadAllBytes(CrsFeed);
        using var server = new LoopbackServer(_ => new LoopbackResponse(200, bytes));
        using var dir = new TempDataDirectory();
        using var kb = dir.Open();
        using var sources = new SourceService(kb, new HarvestOptions { MaxBytes = 100_000, RetryDelay = TimeSpan.FromMilliseconds(10) });
        var source = sources.Add(SourceKinds.Rss, server.At("/big.xml"), "6h");

        var run = await sources.RunAsync(source.Id);

        Assert.Equal(SourceStatuses.Failed, run.Status);
        Assert.Contains($"the body has {bytes.Length} bytes, more than the limit of 100000", run.Errors, StringComparison.Ordinal);
        Assert.Single(server.Seen);
        Assert.Equal(0, run.New);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(dir.Root, "harvest")));
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_is_retried_and_recorded_as_timed_out()
    {
        using var server = new LoopbackServer(_ =>
        {
            Thread.Sleep(1500);
            return new LoopbackResponse(200, Encoding.UTF8.GetBytes("<rss/>"));
        });
        using var dir = new TempDataDirectory();
        using var kb = dir.Open();
        using var sources = new SourceService(kb, new HarvestOptions
        {
            Timeout = TimeSpan.FromMilliseconds(300),
            MaxAttempts = 2,
            RetryDelay = TimeSpan.FromMilliseconds(10),
        });
        var source = sources.Add(SourceKinds.Rss, server.At("/slow.xml"), "6h");

        var run = await sources.RunAsync(source.Id);

        Assert.Equal(SourceStatuses.Failed, run.Status);
        Assert.Contains("try 1 failed: no complete answer within 0.3 s (timed out)", run.Errors, StringComparison.Ordinal);
        Assert.Contains("(gave up after 2 tries)", run.Errors, StringComparison.Ordinal);
        Assert.Contains("timed out", sources.Find(source.Id)!.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_Atom_feed_goes_in_and_its_Last_Modified_makes_the_next_run_conditional()
    {
        var atom = Encoding.UTF8.GetBytes("""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>科技政策动态</title>
              <entry><title>关于加快建设科技强国的若干意见</title><link href="https://example.org/policy/1"/><id>urn:policy:1</id><updated>2024-03-01T00:00:00Z</updated></entry>
              <entry><title>Science and technology think tanks in 2024</title><link href="https://example.org/policy/2"/><id>urn:policy:2</id><updated>2024-04-01T00:00:00Z</updated></entry>
            </feed>
            """);
        const string modified = "Mon, 01 Apr 2024 00:00:00 GMT";
        using var server = new LoopbackServer(request => request.Header("If-Modified-Since") == modified
            ? new LoopbackResponse(304)
            : new LoopbackResponse(200, atom, new Dictionary<string, string> { ["Last-Modified"] = modified }));
        using var dir = new TempDataDirectory();
        using var kb = dir.Open();
        using var sources = new SourceService(kb);
        var source = sources.Add(SourceKinds.Atom, server.At("/atom"), "1d", access: "internal");

        var first = await sources.RunAsync(source.Id);
        var second = await sources.RunAsync(source.Id);

        Assert.Equal((SourceStatuses.Ok, 2L), (first.Status, first.New));
        Assert.Equal((SourceStatuses.NotModified, 0L, 0L), (second.Status, second.Fetched, second.New));
        Assert.Equal([200, 304], server.Seen.Select(s => s.Status));
        Assert.Equal(0, kb.Read(Caller.Anonymous).Search(new SearchRequest { Query = "*" }).Total);
        Assert.Equal(2, kb.Read(Caller.Owner).Search(new SearchRequest { Query = "*" }).Total);
    }

    [Theory]
    [InlineData("6h", 21600L, "6h")]
    [InlineData("90m", 5400L, "90m")]
    [InlineData("1d", 86400L, "1d")]
    [InlineData("120s", 120L, "2m")]
    public void An_interval_is_a_number_and_a_unit(string text, long seconds, string shown)
    {
        Assert.Equal(seconds, SourceInterval.ParseSeconds(text));
        Assert.Equal(shown, SourceInterval.Format(seconds));
    }

    [Theory]
    [InlineData("6", "is not a number with a unit")]
    [InlineData("-1h", "is not a number with a unit")]
    [InlineData("30s", "shorter than a minute")]
    public void A_bad_interval_is_refused_with_what_was_wrong(string text, string reason)
    {
        var error = Assert.Throws<ArgumentException>(() => SourceInterval.ParseSeconds(text));
        Assert.Contains($"'{text}' ", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
