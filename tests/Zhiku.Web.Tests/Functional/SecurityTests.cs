using System.Net;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Functional;

[Collection(PlatformCollection.Name)]
public sealed class SecurityTests(PlatformFactory factory)
{
    private readonly PlatformFactory _platform = factory.Seeded();

    [Theory]
    [InlineData("/?q=hostile")]
    [InlineData("/?q=hostile&lang=en")]
    [InlineData("/works/{hostile}")]
    public async Task Hostile_markup_in_imported_records_is_shown_escaped(string path)
    {
        var html = await Http.Anonymous(_platform).GetStringAsync(path.Replace("{hostile}", _platform.HostileId, StringComparison.Ordinal));

        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b onmouseover", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_markup_in_the_search_api_is_json_escaped()
    {
        var json = await Http.Anonymous(_platform).GetStringAsync("/api/v1/search?q=hostile");

        Assert.DoesNotContain("<script>", json, StringComparison.Ordinal);
        Assert.Contains("Hostile probe report", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_carries_a_content_security_policy_without_inline_scripts()
    {
        var response = await Http.Anonymous(_platform).GetAsync("/");

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline' ; script", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch("<script>[^<]", html);
    }

    [Fact]
    public async Task Sign_in_without_the_antiforgery_token_is_refused()
    {
        var response = await Http.Anonymous(_platform).PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "administrator",
            ["Password"] = TestUsers.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Sign_in_with_a_wrong_password_fails_and_a_right_one_sets_the_cookie()
    {
        var client = Http.Anonymous(_platform);
        var wrong = await Http.SignInAsync(client, "viewer", "not the password");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("用户名或密码错误", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var right = await Http.SignInAsync(client, "viewer", TestUsers.Password);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Contains(right.Headers.GetValues("Set-Cookie"), c => c.StartsWith("zhiku-auth=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("id=\"signed-in-user\"", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_bearer_token_is_refused()
    {
        var response = await Http.WithToken(_platform, "zk_not-a-token").GetAsync("/api/v1/imports");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_import_page_sends_anonymous_visitors_to_sign_in_and_denies_viewers()
    {
        var anonymous = await Http.Anonymous(_platform).GetAsync("/imports");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/signin", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var viewer = await Http.SignedInAsync(_platform, "viewer");
        var denied = await viewer.GetAsync("/imports");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/account/denied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var page = await viewer.GetAsync(denied.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
    }

    [Fact]
    public async Task Tokens_are_stored_only_as_hashes()
    {
        var token = _platform.Users["analyst"].Token;
        string stored;
        if (Zhiku.Testing.Postgres.TestStore.BoundConnection(_platform.DataRoot) is not null)
        {
            // A PostgreSQL store: every row of every table, as text.
            var tables = (string)Zhiku.Testing.Postgres.TestStore.Scalar(_platform.DataRoot,
                "SELECT string_agg(table_name, ',') FROM information_schema.tables WHERE table_schema = current_schema()")!;
            stored = string.Concat(tables.Split(',').Select(t =>
                Zhiku.Testing.Postgres.TestStore.Scalar(_platform.DataRoot, $"SELECT string_agg(t::text, E'\\n') FROM {t} t") as string));
        }
        else
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(_platform.DataRoot, "zhiku.db"));
            var wal = Path.Combine(_platform.DataRoot, "zhiku.db-wal");
            stored = System.Text.Encoding.UTF8.GetString([.. bytes, .. File.Exists(wal) ? await ReadSharedAsync(wal) : []]);
        }

        Assert.DoesNotContain(token, stored, StringComparison.Ordinal);
        Assert.Contains(Zhiku.Accounts.ApiTokens.Hash(token), stored, StringComparison.Ordinal);
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory);
        return memory.ToArray();
    }
}
