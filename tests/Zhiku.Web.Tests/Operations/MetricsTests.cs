using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Zhiku.Knowledge;

namespace Zhiku.Web.Tests.Operations;

public sealed class MetricsTests(OperationsPlatform platform) : IClassFixture<OperationsPlatform>
{
    [Fact]
    public async Task A_loopback_caller_reads_requests_by_route_template_and_status_search_latency_import_jobs_and_the_index()
    {
        var client = platform.Client(platform.Seeded().Users["viewer"].Token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("api/v1/search?q=science")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("api/v1/works/W999999999")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("?q=science")).StatusCode);

        var response = await platform.Client().GetAsync("metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(Value(text, "zhiku_http_requests_total{route=\"/api/v1/search\",method=\"GET\",status=\"200\"}") >= 1, text);
        Assert.True(Value(text, "zhiku_http_requests_total{route=\"/api/v1/works/{id}\",method=\"GET\",status=\"404\"}") >= 1, text);
        Assert.True(Value(text, "zhiku_http_request_duration_seconds_count{route=\"/api/v1/search\",method=\"GET\",status=\"200\"}") >= 1, text);
        Assert.True(Value(text, "zhiku_search_duration_seconds_count{surface=\"api\"}") >= 1, text);
        Assert.True(Value(text, "zhiku_search_duration_seconds_count{surface=\"page\"}") >= 1, text);
        foreach (var state in new[] { "queued", "running", "finished", "failed" })
        {
            Assert.True(Value(text, $"zhiku_import_jobs{{state=\"{state}\"}}") >= 0, state);
        }

        var index = platform.Services.GetRequiredService<KnowledgeBase>().IndexState();
        Assert.Equal(index.Documents, Value(text, "zhiku_index_documents"));
        Assert.Equal(index.LastChange - index.Checkpoint, Value(text, "zhiku_index_lag"));
        Assert.Equal(1, Value(text, "zhiku_ready"));
        Assert.DoesNotContain("science", text, StringComparison.Ordinal);
    }

    internal static double Value(string text, string series)
    {
        var line = text.Split('\n').FirstOrDefault(l => l.StartsWith(series + " ", StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException($"no series {series} in the metrics");
        return double.Parse(line[(series.Length + 1)..], CultureInfo.InvariantCulture);
    }
}

public sealed class ClosedMetricsTests(ClosedMetricsPlatform platform) : IClassFixture<ClosedMetricsPlatform>
{
    [Fact]
    public async Task Outside_the_allowed_networks_only_administrators_read_the_metrics()
    {
        var anonymous = await platform.Client().GetAsync("metrics");
        var viewer = await platform.Client(platform.Seeded().Users["viewer"].Token).GetAsync("metrics");
        var manager = await platform.Client(platform.Seeded().Users["manager"].Token).GetAsync("metrics");
        var administrator = await platform.Client(platform.Seeded().Users["administrator"].Token).GetAsync("metrics");
        var signedIn = platform.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await Support.Http.SignInAsync(signedIn, "administrator", Support.TestUsers.Password)).StatusCode);
        var cookie = await signedIn.GetAsync("metrics");

        Assert.Equal(HttpStatusCode.Forbidden, anonymous.StatusCode);
        Assert.Contains("Zhiku:Metrics:AllowedNetworks", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, viewer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, manager.StatusCode);
        Assert.Equal(HttpStatusCode.OK, administrator.StatusCode);
        Assert.Contains("zhiku_index_documents", await administrator.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, cookie.StatusCode);
    }
}
