using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Zhiku.Access;
using Zhiku.Accounts;

namespace Zhiku.Web.Accounts;

/// <summary>Passwords (ASP.NET Core's PBKDF2 hasher), sign-in principals and the caller of a request.</summary>
internal sealed class AccountService(AccountStore store)
{
    private readonly PasswordHasher<UserAccount> _hasher = new();

    public AccountStore Store { get; } = store;

    public UserAccount CreateUser(long organisationId, string userName, string displayName, UserRole role, string password) =>
        Store.CreateUser(organisationId, userName, displayName, role, _hasher.HashPassword(null!, password));

    /// <summary>The user whose password matches, or null (same answer for an unknown name, a wrong password and a disabled account).</summary>
    public UserAccount? Verify(string userName, string password)
    {
        var user = Store.FindByName(userName);
        if (user is null || user.Disabled)
        {
            // Hash anyway so that an unknown user name takes as long as a wrong password.
            _hasher.HashPassword(null!, password);
            return null;
        }

        var result = _hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            Store.SetPasswordHash(user.Id, _hasher.HashPassword(user, password));
        }

        return result == PasswordVerificationResult.Failed ? null : user;
    }

    public static ClaimsPrincipal Principal(UserAccount user, string scheme) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, user.UserName),
            new Claim(ClaimTypes.GivenName, user.DisplayName),
            new Claim(ClaimTypes.Role, UserRoles.Name(user.Role)),
            new Claim(ZhikuClaims.UserId, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(ZhikuClaims.OrganisationId, user.OrganisationId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(ZhikuClaims.OrganisationName, user.OrganisationName),
            new Claim(ZhikuClaims.SecurityStamp, user.SecurityStamp),
        ],
        scheme));

    public static ClaimsPrincipal CookiePrincipal(UserAccount user) => Principal(user, CookieAuthenticationDefaults.AuthenticationScheme);

    /// <summary>The caller of a request: anonymous unless signed in; a signed-in user reads as their organisation and role.</summary>
    public Caller CallerOf(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true
            || !long.TryParse(principal.FindFirstValue(ZhikuClaims.UserId), System.Globalization.CultureInfo.InvariantCulture, out var userId)
            || Store.FindById(userId) is not { Disabled: false } user)
        {
            return Caller.Anonymous;
        }

        return Store.CallerFor(user);
    }
}
