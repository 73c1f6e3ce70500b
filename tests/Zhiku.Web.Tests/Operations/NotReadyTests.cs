using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhiku.Knowledge;

namespace Zhiku.Web.Tests.Operations;

public sealed class NotReadyTests
{
    [Fact]
    public async Task A_closed_store_and_index_make_readiness_answer_503_with_the_reason_while_liveness_still_answers()
    {
        using var platform = new OperationsPlatform();
        var client = platform.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("health/ready")).StatusCode);

        platform.Services.GetRequiredService<KnowledgeBase>().Dispose();
        var ready = await client.GetAsync("health/ready");
        var live = await client.GetAsync("health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("not-ready", body.GetProperty("status").GetString());
        Assert.StartsWith("the store or the search index does not answer: ", body.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
