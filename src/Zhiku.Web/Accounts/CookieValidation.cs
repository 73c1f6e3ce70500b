using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Zhiku.Accounts;

namespace Zhiku.Web.Accounts;

/// <summary>
/// Checks a sign-in cookie against the account on every request: a disabled or deleted user, and a cookie issued before
/// the user's password was reset (another security stamp), are signed out at once; a changed role takes effect without
/// signing in again.
/// </summary>
internal static class CookieValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var store = context.HttpContext.RequestServices.GetRequiredService<AccountStore>();
        var id = context.Principal is { } principal ? UserManagement.ActorId(principal) : null;
        if (id is null || store.FindById(id.Value) is not { Disabled: false } user
            || !string.Equals(context.Principal!.FindFirst(ZhikuClaims.SecurityStamp)?.Value ?? string.Empty, user.SecurityStamp, StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        if (!context.Principal!.IsInRole(UserRoles.Name(user.Role)))
        {
            context.ReplacePrincipal(AccountService.CookiePrincipal(user));
            context.ShouldRenew = true;
        }
    }
}
