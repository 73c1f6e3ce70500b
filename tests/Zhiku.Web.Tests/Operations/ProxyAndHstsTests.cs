using System.Net;

namespace Zhiku.Web.Tests.Operations;

public sealed class ProxyAndHstsTests(OperationsPlatform platform) : IClassFixture<OperationsPlatform>
{
    [Fact]
    public async Task Behind_a_loopback_proxy_the_forwarded_https_scheme_brings_hsts_and_plain_http_does_not()
    {
        var client = platform.Client();
        using var proxied = new HttpRequestMessage(HttpMethod.Get, "health");
        proxied.Headers.Host = "zhiku.example.org";
        proxied.Headers.Add("X-Forwarded-Proto", "https");
        proxied.Headers.Add("X-Forwarded-For", "127.0.0.1");
        using var plain = new HttpRequestMessage(HttpMethod.Get, "health");
        plain.Headers.Host = "zhiku.example.org";

        var secure = await client.SendAsync(proxied);
        var insecure = await client.SendAsync(plain);

        Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
        Assert.StartsWith("max-age=31536000", secure.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.False(insecure.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_metrics_check_the_client_address_the_proxy_forwards_not_the_proxys_own()
    {
        var client = platform.Client();
        using var outside = new HttpRequestMessage(HttpMethod.Get, "metrics");
        outside.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var inside = new HttpRequestMessage(HttpMethod.Get, "metrics");
        inside.Headers.Add("X-Forwarded-For", "127.0.0.1");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(outside)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(inside)).StatusCode);
    }
}
