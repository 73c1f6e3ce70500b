using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhiku.Accounts;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Web.Accounts;
using Zhiku.Web.Tests.Functional;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Accounts;

/// <summary>User management by administrators and managers: list, role, disable/enable, password reset, token revocation, audit.</summary>
[Collection(PlatformCollection.Name)]
public sealed class UserManagementTests(PlatformFactory factory)
{
    private readonly PlatformFactory _platform = factory.Seeded();

    private (UserAccount User, string Token) NewUser(string name, UserRole role, string organisation = PlatformFactory.Demo)
    {
        var accounts = _platform.Services.GetRequiredService<AccountService>();
        var org = _platform.Services.GetRequiredService<KnowledgeBase>().EnsureOrganisation(organisation);
        var user = accounts.CreateUser(org, name + "-" + Guid.NewGuid().ToString("N")[..6], name, role, TestUsers.Password);
        return (user, accounts.Store.CreateToken(user.Id, "tests"));
    }

    private HttpClient As(string user) => Http.WithToken(_platform, _platform.Users[user].Token);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<int> RestrictedProbeHitsAsync(string token) =>
        JsonDocument.Parse(await Http.WithToken(_platform, token).GetStringAsync("/api/v1/search?q=" + Probes.Marker(AccessLevel.Restricted)))
            .RootElement.GetProperty("total").GetInt32();

    [Fact]
    public async Task An_administrator_lists_every_user_and_a_manager_those_of_their_organisation()
    {
        var all = (await JsonAsync(await As("administrator").GetAsync("/api/v1/users"))).EnumerateArray().Select(u => u.GetProperty("userName").GetString()).ToList();
        var demo = (await JsonAsync(await As("manager").GetAsync("/api/v1/users"))).EnumerateArray().Select(u => u.GetProperty("userName").GetString()).ToList();

        Assert.Contains("stranger", all);
        Assert.Contains("viewer", all);
        Assert.Contains("viewer", demo);
        Assert.DoesNotContain("stranger", demo);
        Assert.DoesNotContain("partner", demo);
    }

    [Fact]
    public async Task A_viewer_gets_403_on_every_user_management_path()
    {
        var (target, _) = NewUser("target-of-viewer", UserRole.Viewer);
        var viewer = As("viewer");
        var page = await Http.SignedInAsync(_platform, "viewer");

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/api/v1/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/api/v1/users/changes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"/api/v1/users/{target.Id}/role", new { role = "manager" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync($"/api/v1/users/{target.Id}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync($"/api/v1/users/{target.Id}/password", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.DeleteAsync($"/api/v1/users/{target.Id}/tokens")).StatusCode);
        var denied = await page.GetAsync("/account/users");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/account/denied", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Empty(_platform.Services.GetRequiredService<AccountStore>().Changes(target.Id));
    }

    [Fact]
    public async Task A_role_change_takes_effect_at_once_and_is_audited()
    {
        var (target, token) = NewUser("promoted", UserRole.Analyst);
        var before = await RestrictedProbeHitsAsync(token);

        var changed = await JsonAsync(await As("administrator").PostAsJsonAsync($"/api/v1/users/{target.Id}/role", new { role = "manager" }));
        var audit = await JsonAsync(await As("administrator").GetAsync("/api/v1/users/changes"));

        Assert.Equal(0, before);
        Assert.Equal("manager", changed.GetProperty("role").GetString());
        Assert.Equal(1, await RestrictedProbeHitsAsync(token));
        var entry = audit.EnumerateArray().First(c => c.GetProperty("userId").GetInt64() == target.Id);
        Assert.Equal("role", entry.GetProperty("action").GetString());
        Assert.Equal("manager", entry.GetProperty("detail").GetString());
        Assert.Equal("administrator", entry.GetProperty("actorName").GetString());
    }

    [Fact]
    public async Task Disabling_stops_sign_in_cookies_and_tokens_and_enabling_restores_them()
    {
        var (target, token) = NewUser("disabled", UserRole.Viewer);
        var cookie = await Http.SignedInAsync(_platform, target.UserName);
        Assert.Equal(HttpStatusCode.OK, (await cookie.GetAsync("/account")).StatusCode);

        var disabled = await JsonAsync(await As("manager").PostAsync($"/api/v1/users/{target.Id}/disable", null));

        Assert.True(disabled.GetProperty("disabled").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await Http.WithToken(_platform, token).GetAsync("/api/v1/search?q=probe")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await cookie.GetAsync("/account")).StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, (await Http.SignInAsync(Http.Anonymous(_platform), target.UserName, TestUsers.Password)).StatusCode);

        await JsonAsync(await As("manager").PostAsync($"/api/v1/users/{target.Id}/enable", null));

        Assert.Equal(HttpStatusCode.OK, (await Http.WithToken(_platform, token).GetAsync("/api/v1/search?q=probe")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Http.SignInAsync(Http.Anonymous(_platform), target.UserName, TestUsers.Password)).StatusCode);
        var actions = _platform.Services.GetRequiredService<AccountStore>().Changes(target.Id).Select(c => c.Action).ToList();
        Assert.Equal(["enable", "disable"], actions);
    }

    [Fact]
    public async Task A_password_reset_answers_the_new_password_once_and_only_it_signs_in()
    {
        var (target, _) = NewUser("forgetful", UserRole.Expert);

        var reset = await As("administrator").PostAsync($"/api/v1/users/{target.Id}/password", null);
        var password = (await JsonAsync(reset)).GetProperty("password").GetString()!;

        Assert.Equal("no-store", reset.Headers.CacheControl?.ToString());
        Assert.True(password.Length >= 12);
        Assert.NotEqual(HttpStatusCode.Redirect, (await Http.SignInAsync(Http.Anonymous(_platform), target.UserName, TestUsers.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Http.SignInAsync(Http.Anonymous(_platform), target.UserName, password)).StatusCode);
        Assert.DoesNotContain(password, await (await As("administrator").GetAsync("/api/v1/users/changes")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // The sign-in cookie as a browser (or someone who copied it) would send it again: a fresh client, no cookie jar.
    private async Task<HttpClient> CookieReplayAsync(string userName, string password = TestUsers.Password)
    {
        var signIn = await Http.SignInAsync(Http.Anonymous(_platform), userName, password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("zhiku-auth=", StringComparison.Ordinal)).Split(';')[0];
        var client = _platform.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
        return client;
    }

    [Fact]
    public async Task A_password_reset_ends_every_existing_cookie_session_of_the_user()
    {
        var (target, _) = NewUser("stolen-cookie", UserRole.Manager);
        var first = await CookieReplayAsync(target.UserName);
        var second = await CookieReplayAsync(target.UserName);
        var bystander = await CookieReplayAsync("analyst");
        Assert.Equal(1, (await Responses.GetJsonAsync(second, "/api/v1/search?q=" + Probes.Marker(AccessLevel.Restricted))).GetProperty("total").GetInt32());

        var reset = await JsonAsync(await As("administrator").PostAsync($"/api/v1/users/{target.Id}/password", null));

        var page = await first.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/signin", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(0, (await Responses.GetJsonAsync(second, "/api/v1/search?q=" + Probes.Marker(AccessLevel.Restricted))).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await bystander.GetAsync("/account")).StatusCode);
        var renewed = await CookieReplayAsync(target.UserName, reset.GetProperty("password").GetString()!);
        Assert.Equal(1, (await Responses.GetJsonAsync(renewed, "/api/v1/search?q=" + Probes.Marker(AccessLevel.Restricted))).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Enabling_a_disabled_user_again_does_not_revive_their_old_cookie_sessions()
    {
        var (target, _) = NewUser("re-enabled", UserRole.Viewer);
        var old = await CookieReplayAsync(target.UserName);

        await JsonAsync(await As("administrator").PostAsync($"/api/v1/users/{target.Id}/disable", null));
        await JsonAsync(await As("administrator").PostAsync($"/api/v1/users/{target.Id}/enable", null));

        Assert.Equal(HttpStatusCode.Redirect, (await old.GetAsync("/account")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await CookieReplayAsync(target.UserName)).GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task Revoking_tokens_makes_every_token_of_the_user_unknown()
    {
        var (target, first) = NewUser("leaky", UserRole.Analyst);
        var second = _platform.Services.GetRequiredService<AccountStore>().CreateToken(target.Id, "second");

        var revoked = await JsonAsync(await As("manager").DeleteAsync($"/api/v1/users/{target.Id}/tokens"));

        Assert.Equal(2, revoked.GetProperty("revoked").GetInt32());
        Assert.Equal(HttpStatusCode.Unauthorized, (await Http.WithToken(_platform, first).GetAsync("/api/v1/search?q=probe")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Http.WithToken(_platform, second).GetAsync("/api/v1/search?q=probe")).StatusCode);
    }

    [Fact]
    public async Task A_manager_manages_neither_administrators_nor_other_organisations_and_nobody_demotes_themselves()
    {
        var (stranger, _) = NewUser("elsewhere", UserRole.Viewer, PlatformFactory.Stranger);
        var (viewer, _) = NewUser("ambitious", UserRole.Viewer);
        var (administrator, administratorToken) = NewUser("admin-two", UserRole.Administrator);
        var manager = As("manager");

        Assert.Equal(HttpStatusCode.NotFound, (await manager.PostAsync($"/api/v1/users/{stranger.Id}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsync($"/api/v1/users/{administrator.Id}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsync($"/api/v1/users/{administrator.Id}/password", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsJsonAsync($"/api/v1/users/{viewer.Id}/role", new { role = "administrator" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Http.WithToken(_platform, administratorToken).PostAsync($"/api/v1/users/{administrator.Id}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await As("administrator").PostAsJsonAsync($"/api/v1/users/{viewer.Id}/role", new { role = "emperor" })).StatusCode);
        Assert.False(_platform.Services.GetRequiredService<AccountStore>().FindById(administrator.Id)!.Disabled);
    }

    [Fact]
    public async Task Changes_through_the_API_need_a_bearer_token_not_a_cookie()
    {
        var (target, _) = NewUser("cookie-target", UserRole.Viewer);
        var cookie = await Http.SignedInAsync(_platform, "administrator");

        var response = await cookie.PostAsync($"/api/v1/users/{target.Id}/disable", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(_platform.Services.GetRequiredService<AccountStore>().FindById(target.Id)!.Disabled);
    }

    [Fact]
    public async Task The_users_page_resets_a_password_once_and_shows_the_audit_log()
    {
        var (target, _) = NewUser("page-target", UserRole.Viewer);
        var client = await Http.SignedInAsync(_platform, "administrator");
        var antiforgery = await Http.AntiforgeryTokenAsync(client, "/account/users");

        var response = await client.PostAsync($"/account/users?handler=Password&id={target.Id}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery }));
        var html = await response.Content.ReadAsStringAsync();
        var again = await client.GetStringAsync("/account/users");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"new-password\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"new-password\"", again, StringComparison.Ordinal);
        Assert.Contains(target.UserName, again, StringComparison.Ordinal);
        Assert.Contains("reset-password", again, StringComparison.Ordinal);
    }
}
