using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Accounts;
using Zhiku.Web.Accounts;

namespace Zhiku.Web.Pages.Account;

/// <summary>User management: roles, disabling, password resets (shown once) and token revocation, with the audit log.</summary>
[Authorize(Policy = Policies.ManageUsers)]
internal sealed class UsersModel(UserManagement management) : PageModel
{
    public IReadOnlyList<UserAccount> Users { get; private set; } = [];

    public IReadOnlyDictionary<long, int> Tokens { get; private set; } = new Dictionary<long, int>();

    public IReadOnlyList<AccountChange> Changes { get; private set; } = [];

    /// <summary>The outcome of the last action: a text key and the user it concerned.</summary>
    public (string Key, string User)? Done { get; private set; }

    /// <summary>A reset password, shown only in the answer to the reset.</summary>
    public string? NewPassword { get; private set; }

    public string? Refused { get; private set; }

    public bool MayManage(UserAccount user) => management.Refusal(User, user) is null;

    public bool MayReset(UserAccount user) => management.Refusal(User, user, touchesSelf: false) is null;

    public void OnGet() => Load();

    public IActionResult OnPostRole(long id, string role)
    {
        UserRole parsed;
        try
        {
            parsed = UserRoles.Parse(role ?? string.Empty);
        }
        catch (ArgumentException e)
        {
            return Refuse(e.Message, StatusCodes.Status400BadRequest);
        }

        return Act(id, parsed, touchesSelf: true, "users.done.role", user => management.Store.SetRole(user.Id, parsed, UserManagement.ActorId(User)));
    }

    public IActionResult OnPostDisable(long id) =>
        Act(id, null, touchesSelf: true, "users.done.disabled", user => management.Store.SetDisabled(user.Id, true, UserManagement.ActorId(User)));

    public IActionResult OnPostEnable(long id) =>
        Act(id, null, touchesSelf: true, "users.done.enabled", user => management.Store.SetDisabled(user.Id, false, UserManagement.ActorId(User)));

    public IActionResult OnPostPassword(long id) =>
        Act(id, null, touchesSelf: false, "users.done.password", user => NewPassword = management.ResetPassword(user, User));

    public IActionResult OnPostTokens(long id) =>
        Act(id, null, touchesSelf: false, "users.done.tokens", user => management.Store.RevokeTokens(user.Id, UserManagement.ActorId(User)));

    private IActionResult Act(long id, UserRole? newRole, bool touchesSelf, string done, Action<UserAccount> change)
    {
        if (management.Find(User, id) is not { } user)
        {
            return NotFound();
        }

        if (management.Refusal(User, user, newRole, touchesSelf) is { } refusal)
        {
            return Refuse(refusal, StatusCodes.Status403Forbidden);
        }

        change(user);
        Done = (done, user.UserName);
        Response.Headers.CacheControl = "no-store";
        Load();
        return Page();
    }

    private PageResult Refuse(string reason, int status)
    {
        Refused = reason;
        Response.StatusCode = status;
        Load();
        return Page();
    }

    private void Load()
    {
        Users = management.Visible(User) ?? [];
        Tokens = Users.ToDictionary(u => u.Id, u => management.Store.CountTokens(u.Id));
        var ids = Users.Select(u => u.Id).ToHashSet();
        Changes = [.. management.Store.Changes(limit: 500).Where(c => ids.Contains(c.UserId)).Take(50)];
    }
}
