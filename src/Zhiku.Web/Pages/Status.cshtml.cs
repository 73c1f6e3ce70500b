using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Zhiku.Web.Pages;

/// <summary>The page for an error status (404 also for what the caller may not see).</summary>
internal sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Code = code;
}
