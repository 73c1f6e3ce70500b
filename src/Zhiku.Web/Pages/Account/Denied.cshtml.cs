using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Zhiku.Web.Pages.Account;

/// <summary>Where a signed-in user lands when their role may not open a page.</summary>
internal sealed class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
