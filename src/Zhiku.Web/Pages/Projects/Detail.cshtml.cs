using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Reading;
using Zhiku.Web.Accounts;

namespace Zhiku.Web.Pages.Projects;

/// <summary>The Project page; its works are those the caller may see.</summary>
internal sealed class DetailModel(KnowledgeBase kb) : PageModel
{
    public ProjectDetails Details { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        using var reader = new KnowledgeReader(kb);
        if (reader.Project(id, HttpContext.Caller()) is not { } found)
        {
            return NotFound();
        }

        Details = found;
        return Page();
    }
}
