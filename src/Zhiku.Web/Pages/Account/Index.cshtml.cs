using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Accounts;
using Zhiku.Web.Accounts;

namespace Zhiku.Web.Pages.Account;

/// <summary>The signed-in user's page: who they are, API tokens (shown once), and for administrators new users.</summary>
[Authorize]
internal sealed class IndexModel(AccountService accounts) : PageModel
{
    public string? NewToken { get; private set; }

    public string? Message { get; private set; }

    public bool IsAdministrator => User.IsInRole(UserRoles.Name(UserRole.Administrator));

    public void OnGet()
    {
    }

    public IActionResult OnPostToken(string? name)
    {
        var userId = long.Parse(User.FindFirstValue(ZhikuClaims.UserId)!, CultureInfo.InvariantCulture);
        NewToken = accounts.Store.CreateToken(userId, string.IsNullOrWhiteSpace(name) ? "api" : name.Trim());
        return Page();
    }

    public IActionResult OnPostUser(string userName, string displayName, string role, string password)
    {
        if (!IsAdministrator)
        {
            return Forbid();
        }

        try
        {
            if (string.IsNullOrEmpty(password) || password.Length < 8)
            {
                throw new ArgumentException("the password needs at least 8 characters");
            }

            var organisation = long.Parse(User.FindFirstValue(ZhikuClaims.OrganisationId)!, CultureInfo.InvariantCulture);
            var user = accounts.CreateUser(organisation, userName, string.IsNullOrWhiteSpace(displayName) ? userName : displayName, UserRoles.Parse(role), password);
            Message = user.UserName;
        }
        catch (ArgumentException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
