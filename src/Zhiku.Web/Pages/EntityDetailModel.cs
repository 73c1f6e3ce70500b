using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Reading;
using Zhiku.Web.Accounts;

namespace Zhiku.Web.Pages;

/// <summary>A detail page of one entity as the caller may see it: 404 for what is missing or hidden alike.</summary>
internal abstract class EntityDetailModel<TDetails>(KnowledgeBase kb) : PageModel
    where TDetails : class
{
    public TDetails Details { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        var read = kb.Read(HttpContext.Caller());
        if (Read(read, id) is not { } found)
        {
            return NotFound();
        }

        Details = found;
        return Page();
    }

    protected abstract TDetails? Read(ReadSession read, string id);
}
