using System.Net;
using System.Text.Json;
using Zhiku.Web.Tests.Functional;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Analysis;

/// <summary>Thematic evolution in the workspace: periods from cut years (or thirds of the documents), flows between them.</summary>
[Collection(PlatformCollection.Name)]
public sealed class EvolutionApiTests(PlatformFactory factory)
{
    private readonly PlatformFactory _platform = factory.Seeded();

    [Fact]
    public async Task The_periods_cover_every_dated_work_the_caller_may_see_and_flows_go_forward_in_time()
    {
        var client = Http.WithToken(_platform, _platform.Users["analyst"].Token);

        var summary = await Responses.GetJsonAsync(client, "/api/v1/analytics/summary?q=*");
        var evolution = await Responses.GetJsonAsync(client, "/api/v1/analytics/evolution?q=*");

        var dated = summary.GetProperty("annualProduction").EnumerateObject().Sum(p => p.Value.GetInt32());
        var periods = evolution.GetProperty("periods").EnumerateArray().ToList();
        Assert.Equal(dated, periods.Sum(p => p.GetProperty("map").GetProperty("documents").GetInt32()));
        Assert.Equal(evolution.GetProperty("years").GetArrayLength() + 1, periods.Count);
        Assert.True(periods.Count >= 2);
        Assert.All(evolution.GetProperty("flows").EnumerateArray(), f =>
            Assert.Equal(f.GetProperty("fromPeriod").GetInt32() + 1, f.GetProperty("toPeriod").GetInt32()));
    }

    [Fact]
    public async Task Cut_years_given_split_the_periods_there()
    {
        var client = Http.WithToken(_platform, _platform.Users["analyst"].Token);
        var summary = await Responses.GetJsonAsync(client, "/api/v1/analytics/summary?q=*");
        var (from, to) = (summary.GetProperty("timespan").GetProperty("from").GetInt32(), summary.GetProperty("timespan").GetProperty("to").GetInt32());
        var cut = (from + to) / 2;

        var evolution = await Responses.GetJsonAsync(client, $"/api/v1/analytics/evolution?q=*&years={cut}");

        var periods = evolution.GetProperty("periods").EnumerateArray().ToList();
        Assert.Equal(2, periods.Count);
        Assert.Equal(cut, periods[0].GetProperty("to").GetInt32());
        Assert.Equal(cut + 1, periods[1].GetProperty("from").GetInt32());
    }

    [Fact]
    public async Task The_flows_download_as_a_table_and_bad_years_are_refused()
    {
        var client = Http.Anonymous(_platform);

        var csv = await client.GetStringAsync("/api/v1/analytics/evolution?q=*&format=csv");
        var bad = await client.GetAsync("/api/v1/analytics/evolution?q=*&years=last-year");

        Assert.StartsWith("from period,from theme,to period,to theme,inclusion", csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("last-year", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
