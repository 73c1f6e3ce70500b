using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Zhiku.Accounts;
using Zhiku.Knowledge;
using Zhiku.Web.Accounts;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Functional;

/// <summary>A platform allowing 3 sign-in attempts a minute: the fourth is refused with 429.</summary>
public sealed class StrictPlatformFactory : PlatformFactory
{
    protected override int SignInPermits => 3;
}

public sealed class RateLimitTests(StrictPlatformFactory factory) : IClassFixture<StrictPlatformFactory>
{
    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_are_refused_with_429()
    {
        var client = Http.Anonymous(factory);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await Http.SignInAsync(client, "admin", "wrong password " + i)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        var other = await Http.SignInAsync(client, "someone-else", "x");
        Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);
    }

    // The variants of the issue: spaces and tabs on either side, a non-breaking and an ideographic space, a line
    // break, a zero-width space and a carriage return with a line feed.
    public static TheoryData<string> Padded => new()
    {
        " {0}", "{0} ", "\t{0}", "\u00A0{0}", "{0}\u00A0", "\u3000{0}", "{0}\u3000", "\n{0}", "{0}\r\n", "\u200B{0}", "\uFEFF{0}",
    };

    private string NewUser()
    {
        var name = "limited" + Guid.NewGuid().ToString("N")[..8];
        var org = factory.Services.GetRequiredService<KnowledgeBase>().EnsureOrganisation(PlatformFactory.Demo);
        factory.Services.GetRequiredService<AccountService>().CreateUser(org, name, name, UserRole.Viewer, TestUsers.Password);
        return name;
    }

    [Theory]
    [MemberData(nameof(Padded))]
    public async Task A_padded_user_name_counts_against_the_same_limit_as_the_plain_one(string variant)
    {
        var name = NewUser();
        var client = Http.Anonymous(factory);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Http.SignInAsync(client, name, "wrong password " + i)).StatusCode);
        }

        var padded = await Http.SignInAsync(client, string.Format(System.Globalization.CultureInfo.InvariantCulture, variant, name), TestUsers.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, padded.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Padded))]
    public async Task Padded_user_names_share_one_limit_with_each_other_and_the_upper_case_name(string variant)
    {
        var name = NewUser();
        var client = Http.Anonymous(factory);
        var typed = string.Format(System.Globalization.CultureInfo.InvariantCulture, variant, name);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Http.SignInAsync(client, typed, "wrong password " + i)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await Http.SignInAsync(client, name, TestUsers.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Http.SignInAsync(client, "\t" + name.ToUpperInvariant() + " ", TestUsers.Password)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Padded))]
    public async Task A_padded_user_name_with_the_right_password_signs_in_as_the_plain_user(string variant)
    {
        var name = NewUser();
        var client = Http.Anonymous(factory);

        var signIn = await Http.SignInAsync(client, string.Format(System.Globalization.CultureInfo.InvariantCulture, variant, name), TestUsers.Password);
        var account = await client.GetStringAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains($"id=\"account-user\">{name}</dd>", account, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_name_with_a_control_character_inside_is_refused()
    {
        var accounts = factory.Services.GetRequiredService<AccountService>();
        var org = factory.Services.GetRequiredService<KnowledgeBase>().EnsureOrganisation(PlatformFactory.Demo);

        var error = Assert.Throws<ArgumentException>(() => accounts.CreateUser(org, "two\nlines", "x", UserRole.Viewer, TestUsers.Password));

        Assert.Contains("control", error.Message, StringComparison.Ordinal);
        Assert.Equal("名字", UserNames.Normalize(" \u00A0名字\u3000\n"));
    }
}
