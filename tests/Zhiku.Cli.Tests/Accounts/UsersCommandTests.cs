using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;

namespace Zhiku.Cli.Tests.Accounts;

/// <summary>
/// <c>zhiku users</c> and <c>zhiku orgs</c> on a data directory: what an administrator does when the first password was
/// never seen, a user must be added to another organisation, or a token is needed for the API.
/// </summary>
public sealed class UsersCommandTests
{
    private static JsonElement User(CliRun cli, string name) =>
        cli.Json("users", "list").EnumerateArray().Single(u => u.GetProperty("userName").GetString() == name);

    [Fact]
    public void Orgs_add_creates_an_organisation_that_orgs_list_shows_and_adding_it_again_fails()
    {
        using var cli = new CliRun();

        var added = cli.Json("orgs", "add", "科技政策研究所", "--type", "think-tank");
        var (again, _, error) = cli.Run("orgs", "add", "科技政策研究所");
        var list = cli.Json("orgs", "list");

        Assert.Equal("科技政策研究所", added.GetProperty("name").GetString());
        Assert.StartsWith("O", added.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, again);
        Assert.Contains("already exists", error, StringComparison.Ordinal);
        var org = list.EnumerateArray().Single(o => o.GetProperty("name").GetString() == "科技政策研究所");
        Assert.Equal("ThinkTank", org.GetProperty("type").GetString());
        Assert.Equal(0, org.GetProperty("users").GetInt32());
    }

    [Fact]
    public void Users_add_prints_a_password_once_and_the_user_is_listed_with_role_and_organisation()
    {
        using var cli = new CliRun();
        cli.Json("orgs", "add", "Partner Institute");

        var added = cli.Json("users", "add", "li.hua", "--role", "manager", "--org", "Partner Institute", "--display", "李华");
        var (exit, text, _) = cli.Run("users", "list");

        Assert.Equal("li.hua", added.GetProperty("userName").GetString());
        Assert.True(added.GetProperty("password").GetString()!.Length >= 12);
        Assert.Equal(0, exit);
        Assert.Contains("li.hua", text, StringComparison.Ordinal);
        Assert.DoesNotContain(added.GetProperty("password").GetString()!, text, StringComparison.Ordinal);
        var user = User(cli, "li.hua");
        Assert.Equal("manager", user.GetProperty("role").GetString());
        Assert.Equal("Partner Institute", user.GetProperty("organisation").GetString());
        Assert.Equal("李华", user.GetProperty("displayName").GetString());
        Assert.False(user.GetProperty("disabled").GetBoolean());
        Assert.False(user.TryGetProperty("password", out _));
    }

    [Theory]
    [InlineData("add", "x", "--role", "emperor", "--org", "Org", "unknown role 'emperor'")]
    [InlineData("add", "x", "--role", "viewer", "--org", "Nowhere", "no organisation 'Nowhere'")]
    [InlineData("add", " ", "--role", "viewer", "--org", "Org", "a user needs a user name")]
    [InlineData("passwd", "ghost", null, null, null, null, "no user 'ghost'")]
    [InlineData("token", "ghost", null, null, null, null, "no user 'ghost'")]
    [InlineData("disable", "ghost", null, null, null, null, "no user 'ghost'")]
    public void A_bad_users_command_fails_with_a_one_line_reason(string verb, string name, string? o1, string? v1, string? o2, string? v2, string reason)
    {
        using var cli = new CliRun();
        cli.Json("orgs", "add", "Org");
        var args = new List<string> { "users", verb, name };
        args.AddRange(new[] { o1, v1, o2, v2 }.OfType<string>());

        var (exit, _, error) = cli.Run([.. args]);

        Assert.Equal(1, exit);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void A_user_name_that_is_taken_cannot_be_added_again_even_padded_or_in_other_case()
    {
        using var cli = new CliRun();
        cli.Json("orgs", "add", "Org");
        cli.Json("users", "add", "wang", "--role", "viewer", "--org", "Org");

        var (exit, _, error) = cli.Run("users", "add", "\u3000WANG ", "--role", "viewer", "--org", "Org");

        Assert.Equal(1, exit);
        Assert.Contains("taken", error, StringComparison.Ordinal);
        Assert.Single(cli.Json("users", "list").EnumerateArray());
    }

    [Fact]
    public async Task Passwd_token_and_disable_work_against_the_platform_served_from_the_same_data_directory()
    {
        using var cli = new CliRun();
        cli.Json("orgs", "add", "Org");
        var first = cli.Json("users", "add", "chen", "--role", "analyst", "--org", "Org").GetProperty("password").GetString()!;
        var reset = cli.Json("users", "passwd", "chen");
        var password = reset.GetProperty("password").GetString()!;
        var token = cli.Json("users", "token", "chen", "--name", "laptop").GetProperty("token").GetString()!;

        await using var app = Zhiku.Web.Hosting.ZhikuWebApp.Build(["--urls", "http://127.0.0.1:0", $"--Zhiku:Data={cli.DataDirectory}", "--Zhiku:LoadSamples=false"]);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        Assert.NotEqual(first, password);
        Assert.StartsWith("zk_", token, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/v1/search?q=x")).StatusCode);
        Assert.Equal(1, User(cli, "chen").GetProperty("tokens").GetInt32());

        var disabled = cli.Json("users", "disable", "chen");

        Assert.True(disabled.GetProperty("disabled").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/v1/search?q=x")).StatusCode);
        Assert.True(User(cli, "chen").GetProperty("disabled").GetBoolean());
        await app.StopAsync();
    }

    [Fact]
    public async Task The_administrator_of_a_first_start_whose_password_was_lost_gets_a_new_one_that_signs_in()
    {
        using var cli = new CliRun();
        await using (var first = Zhiku.Web.Hosting.ZhikuWebApp.Build(["--urls", "http://127.0.0.1:0", $"--Zhiku:Data={cli.DataDirectory}", "--Zhiku:LoadSamples=false"]))
        {
            await first.StartAsync();
            await first.StopAsync();
        }

        var password = cli.Json("users", "passwd", "admin").GetProperty("password").GetString()!;

        await using var app = Zhiku.Web.Hosting.ZhikuWebApp.Build(["--urls", "http://127.0.0.1:0", $"--Zhiku:Data={cli.DataDirectory}", "--Zhiku:LoadSamples=false"]);
        await app.StartAsync();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(app.Urls.First()) };
        var form = await http.GetStringAsync("/account/signin");
        var antiforgery = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var signIn = await http.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin",
            ["Password"] = password,
            ["__RequestVerificationToken"] = antiforgery,
        }));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("administrator", User(cli, "admin").GetProperty("role").GetString());
        Assert.Contains(cli.Json("users", "list").EnumerateArray(), u => u.GetProperty("userName").GetString() == "admin");
        await app.StopAsync();
    }

    [Fact]
    public void Users_and_orgs_print_readable_text_without_json()
    {
        using var cli = new CliRun();
        cli.Json("orgs", "add", "Org");

        var (exit, added, _) = cli.Run("users", "add", "zhao", "--role", "expert", "--org", "Org");
        var (listed, list, _) = cli.Run("users", "list");
        var (orgs, orgList, _) = cli.Run("orgs", "list");

        Assert.Equal(0, exit);
        Assert.Contains("zhao", added, StringComparison.Ordinal);
        Assert.Contains("password", added, StringComparison.Ordinal);
        Assert.Equal(0, listed);
        Assert.Matches(@"zhao\s+expert\s+Org", list);
        Assert.Equal(0, orgs);
        Assert.Contains("Org", orgList, StringComparison.Ordinal);
    }
}
