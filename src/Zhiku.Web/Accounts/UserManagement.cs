using System.Globalization;
using System.Security.Claims;
using Zhiku.Accounts;

namespace Zhiku.Web.Accounts;

/// <summary>What a manager of accounts may do: administrators manage everyone, managers the non-administrators of their
/// own organisation; nobody changes their own role or disables themselves (the platform must keep an administrator).</summary>
internal sealed class UserManagement(AccountStore store)
{
    public AccountStore Store { get; } = store;

    /// <summary>The users the actor may manage; null when the actor manages nobody.</summary>
    public IReadOnlyList<UserAccount>? Visible(ClaimsPrincipal actor) => Role(actor) switch
    {
        UserRole.Administrator => Store.ListUsers(),
        UserRole.Manager => Store.ListUsers(Organisation(actor)),
        _ => null,
    };

    /// <summary>The user with this id if the actor may see it among the users they manage.</summary>
    public UserAccount? Find(ClaimsPrincipal actor, long id) =>
        Store.FindById(id) is { } user && (Role(actor) == UserRole.Administrator || (Role(actor) == UserRole.Manager && user.OrganisationId == Organisation(actor)))
            ? user
            : null;

    /// <summary>Why the actor may not make this change to the user, or null when they may.</summary>
    public string? Refusal(ClaimsPrincipal actor, UserAccount user, UserRole? newRole = null, bool touchesSelf = true)
    {
        var role = Role(actor);
        if (role is not (UserRole.Administrator or UserRole.Manager))
        {
            return "only administrators and managers manage users";
        }

        if (touchesSelf && user.Id == ActorId(actor))
        {
            return "you cannot change your own role or disable your own account";
        }

        if (role == UserRole.Manager && (user.Role == UserRole.Administrator || newRole == UserRole.Administrator))
        {
            return "only an administrator manages administrators";
        }

        return null;
    }

    /// <summary>Sets a new random password and returns it (to be shown once).</summary>
    public string ResetPassword(UserAccount user, ClaimsPrincipal actor)
    {
        var password = Passwords.Generate();
        Store.ResetPassword(user.Id, Passwords.Hash(password), ActorId(actor));
        return password;
    }

    public static long? ActorId(ClaimsPrincipal actor) =>
        long.TryParse(actor.FindFirstValue(ZhikuClaims.UserId), CultureInfo.InvariantCulture, out var id) ? id : null;

    private static UserRole? Role(ClaimsPrincipal actor) =>
        actor.Identity?.IsAuthenticated == true && actor.FindFirstValue(ClaimTypes.Role) is { } name ? UserRoles.Parse(name) : null;

    private static long Organisation(ClaimsPrincipal actor) =>
        long.Parse(actor.FindFirstValue(ZhikuClaims.OrganisationId) ?? "-1", CultureInfo.InvariantCulture);
}
