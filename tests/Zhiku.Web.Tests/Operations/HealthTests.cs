using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhiku.Knowledge;

namespace Zhiku.Web.Tests.Operations;

public sealed class HealthTests(OperationsPlatform platform) : IClassFixture<OperationsPlatform>
{
    [Fact]
    public async Task Liveness_answers_alive_over_real_http_without_signing_in()
    {
        var response = await platform.Client().GetAsync("health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("alive", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readiness_reports_the_index_documents_and_the_lag_as_the_stores_last_change_minus_the_checkpoint()
    {
        var state = platform.Seeded().Services.GetRequiredService<KnowledgeBase>().IndexState();

        var response = await platform.Client().GetAsync("health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ready", body.GetProperty("status").GetString());
        Assert.Equal(Zhiku.Testing.Postgres.TestStore.IsPostgres ? "postgresql" : "sqlite", body.GetProperty("store").GetString());
        Assert.True(state.Documents > 10);
        Assert.Equal(state.Documents, body.GetProperty("documents").GetInt64());
        Assert.Equal(state.LastChange, body.GetProperty("storeLastChange").GetInt64());
        Assert.Equal(state.Checkpoint, body.GetProperty("indexCheckpoint").GetInt64());
        Assert.Equal(state.LastChange - state.Checkpoint, body.GetProperty("indexLag").GetInt64());
        Assert.False(body.TryGetProperty("ready", out _));
    }

    [Fact]
    public async Task A_plain_request_id_is_echoed_and_one_with_other_characters_is_replaced_by_the_servers()
    {
        var client = platform.Client();
        using var plain = new HttpRequestMessage(HttpMethod.Get, "health");
        plain.Headers.Add("X-Request-Id", "ops-check.42:a_b");
        using var hostile = new HttpRequestMessage(HttpMethod.Get, "health");
        hostile.Headers.TryAddWithoutValidation("X-Request-Id", "evil id\"><script>");
        using var none = new HttpRequestMessage(HttpMethod.Get, "api/v1/works/W999999999");

        var echoed = (await client.SendAsync(plain)).Headers.GetValues("X-Request-Id").Single();
        var replaced = (await client.SendAsync(hostile)).Headers.GetValues("X-Request-Id").Single();
        var notFound = await client.SendAsync(none);

        Assert.Equal("ops-check.42:a_b", echoed);
        Assert.NotEqual("evil id\"><script>", replaced);
        Assert.Matches("^[A-Za-z0-9:.-]+$", replaced);
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.NotEmpty(notFound.Headers.GetValues("X-Request-Id").Single());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_health_bodies_and_the_503_of_readiness()
    {
        var document = JsonDocument.Parse(await platform.Client().GetStringAsync("openapi/v1.json")).RootElement;
        var paths = document.GetProperty("paths");

        var ready = paths.GetProperty("/health/ready").GetProperty("get").GetProperty("responses");
        Assert.True(ready.TryGetProperty("200", out _));
        var unavailable = ready.GetProperty("503").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString();
        Assert.EndsWith("/Readiness", unavailable, StringComparison.Ordinal);
        var readiness = document.GetProperty("components").GetProperty("schemas").GetProperty("Readiness").GetProperty("properties");
        foreach (var property in new[] { "status", "documents", "indexCheckpoint", "storeLastChange", "indexLag", "reason" })
        {
            Assert.True(readiness.TryGetProperty(property, out _), property);
        }

        Assert.True(paths.GetProperty("/health").GetProperty("get").GetProperty("responses").TryGetProperty("200", out _));
        Assert.True(paths.GetProperty("/metrics").GetProperty("get").GetProperty("responses").TryGetProperty("403", out _));
    }
}
