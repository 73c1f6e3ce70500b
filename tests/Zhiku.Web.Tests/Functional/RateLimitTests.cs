using System.Net;
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
}
