using System.Security.Claims;
using Zhiku.Access;

namespace Zhiku.Web.Api;

/// <summary>Whose access an analysis ran with, in words for the report's parameters.</summary>
internal static class AnalyticsScope
{
    public static string Of(ClaimsPrincipal user, Caller caller)
    {
        var name = user.Identity is { IsAuthenticated: true, Name: { } n } ? n : null;
        return name is null
            ? "anonymous: public records"
            : $"{name}: organisation {caller.OrganisationId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"}, {(caller.MaySeeRestricted ? "with" : "without")} restricted records";
    }
}
