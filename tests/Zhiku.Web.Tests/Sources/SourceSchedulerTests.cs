using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Zhiku.Knowledge;
using Zhiku.Sources;
using Zhiku.Storage.Sources;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Sources;

/// <summary>
/// The server's scheduler runs a due source by itself (the CRS feed from a loopback server), once per interval, and
/// what it brought in is searchable over HTTP at the source's access level. On both stores.
/// </summary>
public sealed class SourceSchedulerTests
{
    [Fact]
    public async Task The_server_runs_a_due_source_by_itself_once_per_interval_and_anonymous_search_finds_its_public_records()
    {
        var bytes = File.ReadAllBytes(SharedData.Path("documents/crs/crs_rss_feed.xml"));
        using var server = new LoopbackServer(_ => new LoopbackResponse(200, bytes));
        using var platform = new SchedulingPlatform();
        var kb = platform.Services.GetRequiredService<KnowledgeBase>();
        using var sources = new SourceService(kb);
        var source = sources.Add(SourceKinds.Rss, server.At("/crs.xml"), "1h", access: "public");

        SourceRow ran = source;
        for (var wait = 0; wait < 600 && ran.LastRun is null; wait++)
        {
            await Task.Delay(100);
            ran = sources.Find(source.Id)!;
        }

        await Task.Delay(1000);
        var search = await Http.Anonymous(platform).GetAsync("/api/v1/search?q=*");
        using var json = JsonDocument.Parse(await search.Content.ReadAsStringAsync());

        Assert.Equal(SourceStatuses.Ok, ran.LastStatus);
        Assert.True(ran.New > 900, $"the scheduled run brought in {ran.New} records");
        Assert.Single(server.Seen);
        Assert.Equal(ran.New, json.RootElement.GetProperty("total").GetInt32());
        Assert.True(string.CompareOrdinal(ran.NextRun, ran.LastRun) > 0);
        Assert.Single(sources.Runs(source.Id));
    }

    /// <summary>The platform with its scheduler on, looking for due sources five times a second.</summary>
    private sealed class SchedulingPlatform : PlatformFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Zhiku:Sources:Scheduler", "true");
            builder.UseSetting("Zhiku:Sources:PollInterval", "00:00:00.200");
        }
    }
}
