using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace Zhiku.Cli.Tests.Sources;

/// <summary>
/// <c>zhiku sources add|list|run</c> against HTTP servers on loopback that serve the real CRS feed and real OpenAlex
/// works pages: what a harvest brings in equals what the importer reads from the same files, a re-run sends the
/// conditional headers (or resumes the cursor) and adds nothing, failures are retried and recorded by source and item,
/// and a failed source does not stop the others. On both stores (ZHIKU_TEST_STORE=postgres).
/// </summary>
public sealed class SourcesCommandTests
{
    private const string ETag = "\"crs-2025-01\"";
    private const string LastModified = "Wed, 01 Jan 2025 08:00:00 GMT";
    private static readonly string CrsFeed = CliRun.Shared("documents/crs/crs_rss_feed.xml");
    private static readonly string WorksApi = CliRun.Shared("bibliographic/openalex/works-api");

    [Fact]
    public void A_feed_source_imports_the_CRS_feed_and_a_rerun_gets_304_and_adds_nothing()
    {
        var items = XDocument.Load(CrsFeed).Descendants("item").Count();
        Assert.Equal(1000, items);
        var bytes = File.ReadAllBytes(CrsFeed);
        using var server = new LoopbackServer(request =>
            request.Header("If-None-Match") == ETag ? new LoopbackResponse(304)
            : new LoopbackResponse(200, bytes, new Dictionary<string, string> { ["ETag"] = ETag, ["Last-Modified"] = LastModified, ["Content-Type"] = "application/rss+xml" }));
        using var oracle = new CliRun();
        var imported = oracle.Json("import", CrsFeed);
        using var cli = new CliRun();

        var added = cli.Json("sources", "add", "--kind", "rss", "--url", server.At("/crs/rss.xml"), "--every", "6h", "--access", "internal");
        var first = Single(cli.Json("sources", "run", added.GetProperty("id").GetString()!));
        var second = Single(cli.Json("sources", "run", "--all"));

        Assert.Equal("6h", added.GetProperty("every").GetString());
        Assert.Equal("internal", added.GetProperty("access").GetString());
        Assert.Equal("ok", first.GetProperty("status").GetString());
        Assert.Equal(1, first.GetProperty("fetched").GetInt64());
        Assert.Equal(imported.GetProperty("imported").GetInt32(), first.GetProperty("new").GetInt64());
        Assert.Equal(imported.GetProperty("merged").GetInt32(), first.GetProperty("updated").GetInt64());
        Assert.Equal(items, imported.GetProperty("records").GetInt32());
        Assert.Equal(items, Counted(first));
        Assert.True(first.GetProperty("new").GetInt64() > 900, first.ToString());
        Assert.Equal("not-modified", second.GetProperty("status").GetString());
        Assert.Equal(0, second.GetProperty("fetched").GetInt64());
        Assert.Equal(0, second.GetProperty("new").GetInt64());
        var seen = server.Seen.ToList();
        Assert.Equal(2, seen.Count);
        Assert.Null(seen[0].Request.Header("If-None-Match"));
        Assert.Equal(ETag, seen[1].Request.Header("If-None-Match"));
        Assert.Equal(LastModified, seen[1].Request.Header("If-Modified-Since"));
        Assert.Equal(304, seen[1].Status);
        var listed = Assert.Single(cli.Json("sources", "list").EnumerateArray().ToList());
        Assert.Equal("not-modified", listed.GetProperty("lastStatus").GetString());
        Assert.True(string.CompareOrdinal(listed.GetProperty("nextRun").GetString(), listed.GetProperty("lastRun").GetString()) > 0);
        var stats = cli.Json("stats");
        Assert.Equal(first.GetProperty("new").GetInt64(), stats.GetProperty("works").GetInt64());
    }

    [Fact]
    public void A_feed_served_without_validators_is_fetched_again_and_its_items_are_deduplicated()
    {
        var bytes = File.ReadAllBytes(CrsFeed);
        using var server = new LoopbackServer(_ => new LoopbackResponse(200, bytes));
        using var cli = new CliRun();
        cli.Json("sources", "add", "--kind", "rss", "--url", server.At("/feed"), "--every", "1h");

        var first = Single(cli.Json("sources", "run", "S1"));
        var second = Single(cli.Json("sources", "run", "S1"));

        Assert.Equal(1, second.GetProperty("fetched").GetInt64());
        Assert.Equal(0, second.GetProperty("new").GetInt64());
        Assert.Equal(first.GetProperty("new").GetInt64() + first.GetProperty("updated").GetInt64(),
            second.GetProperty("unchanged").GetInt64() + second.GetProperty("updated").GetInt64());
    }

    [Fact]
    public void An_OpenAlex_source_pages_with_the_cursor_and_a_rerun_resumes_it_with_nothing_new()
    {
        var pages = Enumerable.Range(1, 4).Select(i => Path.Combine(WorksApi, $"works_chunk_{i}.json")).ToList();
        var byCursor = new Dictionary<string, byte[]> { ["*"] = File.ReadAllBytes(pages[0]) };
        for (var i = 0; i < pages.Count; i++)
        {
            var next = NextCursor(pages[i]);
            byCursor[next] = i + 1 < pages.Count ? File.ReadAllBytes(pages[i + 1]) : Encoding.UTF8.GetBytes("""{"meta":{"count":175,"next_cursor":null},"results":[]}""");
        }

        using var server = new LoopbackServer(request =>
            request.Query("filter") == "topics.id:T10102" && request.Query("cursor") is { } cursor && byCursor.TryGetValue(cursor, out var body)
                ? new LoopbackResponse(200, body)
                : new LoopbackResponse(404, Encoding.UTF8.GetBytes("{}")));
        using var oracle = new CliRun();
        var imported = oracle.Json(["import", .. pages]);
        using var cli = new CliRun();
        cli.Json("sources", "add", "--kind", "openalex", "--url", server.At("/works?filter=topics.id:T10102"), "--every", "1d");

        var first = Single(cli.Json("sources", "run", "S1"));
        var requestsBefore = server.Seen.Count;
        var second = Single(cli.Json("sources", "run", "S1"));

        Assert.Equal("ok", first.GetProperty("status").GetString());
        Assert.Equal(5, first.GetProperty("fetched").GetInt64());
        Assert.Equal(imported.GetProperty("imported").GetInt32(), first.GetProperty("new").GetInt64());
        Assert.Equal(175, Counted(first));
        var seen = server.Seen.Select(s => s.Request).ToList();
        Assert.Equal(["*", NextCursor(pages[0]), NextCursor(pages[1]), NextCursor(pages[2]), NextCursor(pages[3])], seen.Take(5).Select(r => r.Query("cursor")));
        Assert.All(seen, r => Assert.Equal("200", r.Query("per-page")));
        Assert.Equal(1, second.GetProperty("fetched").GetInt64());
        Assert.Equal(0, second.GetProperty("new").GetInt64());
        Assert.Equal(NextCursor(pages[3]), Assert.Single(seen.Skip(requestsBefore)).Query("cursor"));
    }

    [Fact]
    public void A_server_error_is_retried_and_the_second_try_brings_the_feed_in()
    {
        var bytes = File.ReadAllBytes(CrsFeed);
        var calls = 0;
        using var server = new LoopbackServer(_ => Interlocked.Increment(ref calls) == 1 ? new LoopbackResponse(500, Encoding.UTF8.GetBytes("busy")) : new LoopbackResponse(200, bytes));
        using var cli = new CliRun();
        cli.Json("sources", "add", "--kind", "rss", "--url", server.At("/flaky.xml"), "--every", "6h");

        var (exit, output, error) = cli.Run("sources", "run", "S1", "--json");

        Assert.Equal(0, exit);
        var run = Single(JsonDocument.Parse(output).RootElement);
        Assert.Equal("ok", run.GetProperty("status").GetString());
        Assert.True(run.GetProperty("new").GetInt64() > 900);
        Assert.Equal([500, 200], server.Seen.Select(s => s.Status));
        Assert.Contains("source S1 (" + server.At("/flaky.xml") + "): " + server.At("/flaky.xml") + ": try 1 failed: the server answered HTTP 500", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_body_fails_its_source_with_a_clear_error_and_the_other_source_still_runs()
    {
        var bytes = File.ReadAllBytes(CrsFeed);
        using var server = new LoopbackServer(request => request.Target == "/cut.xml"
            ? new LoopbackResponse(200, bytes, CutAfter: bytes.Length / 2)
            : new LoopbackResponse(200, bytes));
        using var cli = new CliRun();
        cli.Json("sources", "add", "--kind", "rss", "--url", server.At("/cut.xml"), "--every", "6h");
        cli.Json("sources", "add", "--kind", "rss", "--url", server.At("/whole.xml"), "--every", "6h");

        var (exit, output, error) = cli.Run("sources", "run", "--all", "--tries", "2", "--json");

        Assert.Equal(2, exit);
        var runs = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal("failed", runs[0].GetProperty("status").GetString());
        Assert.Equal(0, runs[0].GetProperty("new").GetInt64());
        Assert.Equal("ok", runs[1].GetProperty("status").GetString());
        Assert.True(runs[1].GetProperty("new").GetInt64() > 900);
        Assert.Equal(2, server.Seen.Count(s => s.Request.Target == "/cut.xml"));
        Assert.Contains($"source S1 ({server.At("/cut.xml")}): {server.At("/cut.xml")}: ", error, StringComparison.Ordinal);
        Assert.Contains("truncated", error, StringComparison.Ordinal);
        Assert.Contains("gave up after 2 tries", error, StringComparison.Ordinal);
        var listed = cli.Json("sources", "list").EnumerateArray().ToList();
        Assert.Contains("truncated", listed[0].GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, listed[1].GetProperty("lastError").ValueKind);
    }

    [Fact]
    public void A_feed_with_a_DTD_is_refused_before_it_is_read()
    {
        var hostile = Encoding.UTF8.GetBytes("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <rss version="2.0"><channel><title>t</title><item><title>&b;</title></item></channel></rss>
            """);
        using var server = new LoopbackServer(_ => new LoopbackResponse(200, hostile));
        using var cli = new CliRun();
        cli.Json("sources", "add", "--kind", "rss", "--url", server.At("/bomb.xml"), "--every", "6h");

        var (exit, _, error) = cli.Run("sources", "run", "S1");

        Assert.Equal(2, exit);
        Assert.Contains("declares a DTD or entities", error, StringComparison.Ordinal);
        Assert.Equal(0, cli.Json("stats").GetProperty("works").GetInt64());
    }

    [Fact]
    public void A_watched_folder_imports_each_file_once_by_content()
    {
        var folder = Path.Combine(Path.GetTempPath(), "zhiku-watch-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            File.Copy(Path.Combine(WorksApi, "works_chunk_1.json"), Path.Combine(folder, "a.json"));
            using var cli = new CliRun();
            cli.Json("sources", "add", "--kind", "folder", "--url", folder, "--every", "30m");

            var first = Single(cli.Json("sources", "run", "S1"));
            var second = Single(cli.Json("sources", "run", "S1"));
            File.Copy(Path.Combine(WorksApi, "works_chunk_2.json"), Path.Combine(folder, "b.json"));
            var third = Single(cli.Json("sources", "run", "S1"));

            Assert.Equal(1, first.GetProperty("fetched").GetInt64());
            Assert.Equal(50, Counted(first));
            Assert.Equal(0, second.GetProperty("fetched").GetInt64());
            Assert.Equal(0, second.GetProperty("new").GetInt64());
            Assert.Equal(1, third.GetProperty("fetched").GetInt64());
            Assert.Equal(50, Counted(third));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Bad_input_is_refused_on_stderr_with_exit_2_naming_what_was_wrong()
    {
        using var cli = new CliRun();

        var kind = cli.Run("sources", "add", "--kind", "ftp", "--url", "ftp://example.org/", "--every", "6h");
        var every = cli.Run("sources", "add", "--kind", "rss", "--url", "http://127.0.0.1:9/feed", "--every", "6x");
        var url = cli.Run("sources", "add", "--kind", "rss", "--url", "feed.xml");
        var missing = cli.Run("sources", "run", "S9");

        Assert.Equal((2, "zhiku: unknown source kind 'ftp': use rss, atom, openalex, folder"), (kind.Exit, kind.Error.Trim()));
        Assert.Equal(2, every.Exit);
        Assert.Contains("the interval '6x' is not a number with a unit", every.Error, StringComparison.Ordinal);
        Assert.Equal(2, url.Exit);
        Assert.Contains("the URL 'feed.xml' is not an absolute http or https URL", url.Error, StringComparison.Ordinal);
        Assert.Equal(2, missing.Exit);
        Assert.Contains("no source S9", missing.Error, StringComparison.Ordinal);
        Assert.Empty(cli.Json("sources", "list").EnumerateArray());
    }

    private static JsonElement Single(JsonElement runs) => Assert.Single(runs.EnumerateArray().ToList());

    // Records a run read: new, updated, unchanged and failed.
    private static long Counted(JsonElement run) =>
        run.GetProperty("new").GetInt64() + run.GetProperty("updated").GetInt64() + run.GetProperty("unchanged").GetInt64() + run.GetProperty("failed").GetInt64();

    private static string NextCursor(string page)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(page));
        return json.RootElement.GetProperty("meta").GetProperty("next_cursor").GetString()!;
    }
}
