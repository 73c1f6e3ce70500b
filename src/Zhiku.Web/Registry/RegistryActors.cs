using System.Security.Claims;
using Zhiku.Access;
using Zhiku.Accounts;
using Zhiku.Registry;

namespace Zhiku.Web.Registry;

/// <summary>The registry actor of a request: its caller, the signed-in user's name for the history, and their role.</summary>
internal static class RegistryActors
{
    public static RegistryActor Of(Caller caller, ClaimsPrincipal user)
    {
        var role = user.Identity?.IsAuthenticated == true && user.FindFirstValue(ClaimTypes.Role) is { } name ? UserRoles.Parse(name) : (UserRole?)null;
        return new RegistryActor(caller, user.Identity?.Name ?? "anonymous", role);
    }
}
