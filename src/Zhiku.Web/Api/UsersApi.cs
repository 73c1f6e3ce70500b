using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhiku.Accounts;
using Zhiku.Web.Accounts;

namespace Zhiku.Web.Api;

/// <summary>
/// <c>/api/v1/users</c>: account management for administrators (everyone) and managers (their organisation's
/// non-administrators). Changes need a bearer token; each one is written to the audit log.
/// </summary>
internal static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users");
        group.MapGet("/", List).RequireAuthorization(Policies.ManageUsers).WithSummary("The users the caller manages");
        group.MapGet("/changes", Changes).RequireAuthorization(Policies.ManageUsers).WithSummary("The audit log of account changes, newest first");
        group.MapPost("/{id:long}/role", SetRole).RequireAuthorization(Policies.ApiManageUsers).WithSummary("Change a user's role (JSON body {\"role\": \"analyst\"})");
        group.MapPost("/{id:long}/disable", (long id, ClaimsPrincipal actor, UserManagement m) => SetDisabled(id, true, actor, m)).RequireAuthorization(Policies.ApiManageUsers).WithSummary("Disable a user: no sign-in, cookies and tokens stop working");
        group.MapPost("/{id:long}/enable", (long id, ClaimsPrincipal actor, UserManagement m) => SetDisabled(id, false, actor, m)).RequireAuthorization(Policies.ApiManageUsers).WithSummary("Enable a disabled user");
        group.MapPost("/{id:long}/password", ResetPassword).RequireAuthorization(Policies.ApiManageUsers).WithSummary("Reset a user's password; the new one is in the answer, only this once");
        group.MapDelete("/{id:long}/tokens", RevokeTokens).RequireAuthorization(Policies.ApiManageUsers).WithSummary("Revoke all API tokens of a user");
        return api;
    }

    public static Ok<UserJson[]> List(ClaimsPrincipal actor, UserManagement management) =>
        TypedResults.Ok((management.Visible(actor) ?? []).Select(u => UserJson.From(u, management.Store.CountTokens(u.Id))).ToArray());

    public static Ok<AccountChange[]> Changes(ClaimsPrincipal actor, UserManagement management)
    {
        var visible = (management.Visible(actor) ?? []).Select(u => u.Id).ToHashSet();
        return TypedResults.Ok(management.Store.Changes(limit: 1000).Where(c => visible.Contains(c.UserId)).Take(200).ToArray());
    }

    public static Results<Ok<UserJson>, NotFound, ProblemHttpResult> SetRole(long id, RoleChange change, ClaimsPrincipal actor, UserManagement management)
    {
        // An unknown role is an ArgumentException: 400 from the exception handler.
        var role = UserRoles.Parse(change.Role ?? string.Empty);
        return Apply(id, actor, management, role, user => management.Store.SetRole(user.Id, role, UserManagement.ActorId(actor)));
    }

    public static Results<Ok<UserJson>, NotFound, ProblemHttpResult> SetDisabled(long id, bool disabled, ClaimsPrincipal actor, UserManagement management) =>
        Apply(id, actor, management, null, user => management.Store.SetDisabled(user.Id, disabled, UserManagement.ActorId(actor)));

    public static Results<Ok<PasswordJson>, NotFound, ProblemHttpResult> ResetPassword(long id, ClaimsPrincipal actor, UserManagement management, HttpResponse response)
    {
        if (management.Find(actor, id) is not { } user)
        {
            return TypedResults.NotFound();
        }

        if (management.Refusal(actor, user, touchesSelf: false) is { } refusal)
        {
            return Forbidden(refusal);
        }

        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new PasswordJson(user.UserName, management.ResetPassword(user, actor)));
    }

    public static Results<Ok<RevokedJson>, NotFound, ProblemHttpResult> RevokeTokens(long id, ClaimsPrincipal actor, UserManagement management)
    {
        if (management.Find(actor, id) is not { } user)
        {
            return TypedResults.NotFound();
        }

        if (management.Refusal(actor, user, touchesSelf: false) is { } refusal)
        {
            return Forbidden(refusal);
        }

        return TypedResults.Ok(new RevokedJson(user.UserName, management.Store.RevokeTokens(user.Id, UserManagement.ActorId(actor))));
    }

    private static Results<Ok<UserJson>, NotFound, ProblemHttpResult> Apply(
        long id, ClaimsPrincipal actor, UserManagement management, UserRole? newRole, Action<UserAccount> change)
    {
        // Another organisation's users are not found, as if they did not exist.
        if (management.Find(actor, id) is not { } user)
        {
            return TypedResults.NotFound();
        }

        if (management.Refusal(actor, user, newRole) is { } refusal)
        {
            return Forbidden(refusal);
        }

        change(user);
        var changed = management.Store.FindById(id)!;
        return TypedResults.Ok(UserJson.From(changed, management.Store.CountTokens(id)));
    }

    private static ProblemHttpResult Forbidden(string reason) =>
        TypedResults.Problem(reason, statusCode: StatusCodes.Status403Forbidden, title: "Not allowed");
}

/// <summary>A user as the management API shows it (never the password hash).</summary>
internal sealed record UserJson(long Id, string UserName, string DisplayName, string Organisation, string Role, bool Disabled, int Tokens)
{
    public static UserJson From(UserAccount user, int tokens) =>
        new(user.Id, user.UserName, user.DisplayName, user.OrganisationName, UserRoles.Name(user.Role), user.Disabled, tokens);
}

/// <summary>The body of a role change.</summary>
internal sealed record RoleChange(string? Role);

/// <summary>A reset password, shown once.</summary>
internal sealed record PasswordJson(string UserName, string Password);

/// <summary>How many tokens were revoked.</summary>
internal sealed record RevokedJson(string UserName, int Revoked);
