using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Zhiku.Cli.Tests.Serve;

/// <summary>
/// The sample nginx site deploy/nginx-zhiku.conf, as shipped, in front of a real <c>zhiku serve</c> (issue 20):
/// HTTPS with HSTS, the forwarded scheme and client address honoured, uploads bounded as Zhiku bounds them. Zhiku
/// uses no WebSocket or Server-Sent Events (an import's progress is polled), so there is nothing more to pass.
/// </summary>
public sealed partial class NginxSiteTests(NginxSitePlatform site) : IClassFixture<NginxSitePlatform>
{
    [Fact]
    public void The_shipped_site_takes_uploads_as_large_as_the_shipped_zhiku_limit_plus_one_mebibyte_of_form()
    {
        var sample = File.ReadAllText(ServedZhiku.RepositoryFile(NginxSite.SamplePath));
        var settings = JsonDocument.Parse(File.ReadAllText(ServedZhiku.RepositoryFile("deploy/zhiku.json")), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var zhikuLimit = settings.RootElement.GetProperty("Zhiku").GetProperty("MaxUploadBytes").GetInt64();

        var nginxLimit = long.Parse(BodySize().Match(sample).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) << 20;

        Assert.Equal(zhikuLimit + (1 << 20), nginxLimit);
    }

    [Fact]
    public async Task Pages_and_the_api_answer_over_https_through_the_site_with_hsts_which_plain_http_to_zhiku_does_not_get()
    {
        using var client = site.Client();
        using var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var api = new HttpRequestMessage(HttpMethod.Get, "/api/v1/imports");
        api.Headers.Authorization = new AuthenticationHeaderValue("Bearer", site.AdministratorToken);
        using var apiAnswer = await client.SendAsync(api);
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var direct = site.Direct();
        using var plain = await direct.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<html lang=", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, apiAnswer.StatusCode);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(await apiAnswer.Content.ReadAsStringAsync()).RootElement.ValueKind);
        Assert.Equal("ready", JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
        // Zhiku sends HSTS only on HTTPS requests: through nginx it sees https from X-Forwarded-Proto.
        Assert.StartsWith("max-age=31536000", Assert.Single(page.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"), "Zhiku sent HSTS on plain HTTP");
    }

    [Fact]
    public async Task Plain_http_to_the_site_is_redirected_to_the_same_address_on_https()
    {
        using var client = site.Client(https: false);

        using var answer = await client.GetAsync(new Uri("/search?q=policy", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, answer.StatusCode);
        Assert.Equal(new Uri($"https://{NginxSitePlatform.Host}/search?q=policy"), answer.Headers.Location);
    }

    [Fact]
    public async Task Zhiku_sees_the_real_client_address_behind_the_site_so_metrics_answer_only_the_allowed_caller()
    {
        // nginx itself lets all of 127.0.0.0/8 reach /metrics and connects to Zhiku from 127.0.0.1; only the forwarded
        // address tells Zhiku that one caller is 127.0.0.2 (allowed) and the other 127.0.0.3 (not).
        using var allowed = site.Client("127.0.0.2");
        using var other = site.Client("127.0.0.3");

        using var metrics = await allowed.GetAsync(new Uri("/metrics", UriKind.Relative));
        using var refused = await other.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
        Assert.Contains("# TYPE", await metrics.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Zhiku:Metrics:AllowedNetworks", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_through_the_site_sets_a_secure_cookie()
    {
        using var client = site.Client();
        using var form = await client.GetAsync(new Uri("/account/signin", UriKind.Relative));
        var cookies = string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var token = TokenField().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = "admin",
                ["Password"] = NginxSitePlatform.AdminPassword,
                ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", cookies);

        using var signedIn = await client.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var auth = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("zhiku-auth=", StringComparison.Ordinal));
        Assert.Contains("; secure", auth, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_upload_as_large_as_zhikus_limit_passes_the_site_and_larger_ones_are_refused_with_413_naming_the_limit()
    {
        var file = await File.ReadAllBytesAsync(SharedData.Path(NginxSitePlatform.UploadSample));
        Assert.Equal(site.MaxUploadBytes, file.LongLength);
        using var client = site.Client();

        using var atLimit = await UploadAsync(client, file);
        using var overZhiku = await UploadAsync(client, [.. file, (byte)'\n']);
        using var overNginx = await UploadAsync(client, new byte[site.MaxBodyBytes + 1]);

        Assert.True(atLimit.StatusCode == HttpStatusCode.Accepted, $"{atLimit.StatusCode}: {await atLimit.Content.ReadAsStringAsync()}");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, overZhiku.StatusCode);
        Assert.Contains("MaxUploadBytes", await overZhiku.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, overNginx.StatusCode);
        Assert.Equal("application/problem+json", overNginx.Content.Headers.ContentType?.MediaType);
        Assert.Contains("client_max_body_size", await overNginx.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(content), "files", "scientopy_2026.txt" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", site.AdministratorToken);
        return await client.SendAsync(request);
    }

    [GeneratedRegex(@"client_max_body_size (\d+)m;")]
    private static partial Regex BodySize();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
