using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Zhiku.Accounts;

namespace Zhiku.Web.Accounts;

/// <summary>Authenticates "Authorization: Bearer zk_..." against the hashed API tokens.</summary>
internal sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccountStore accounts)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var token = header["Bearer ".Length..].Trim();
        return Task.FromResult(accounts.FindByToken(token) is { } user
            ? AuthenticateResult.Success(new AuthenticationTicket(AccountService.Principal(user, Scheme.Name), Scheme.Name))
            : AuthenticateResult.Fail("unknown API token"));
    }
}
