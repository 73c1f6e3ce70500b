using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Zhiku.Accounts;

namespace Zhiku.Web.Accounts;

/// <summary>
/// Checks a sign-in cookie against the account on every request: a disabled or deleted user is signed out at once, and a
/// changed role takes effect without signing in again.
/// </summary>
internal static class CookieValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var store = context.HttpContext.RequestServices.GetRequiredService<AccountStore>();
        var id = context.Principal is { } principal ? UserManagement.ActorId(principal) : null;
        if (id is null || store.FindById(id.Value) is not { Disabled: false } user)
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
