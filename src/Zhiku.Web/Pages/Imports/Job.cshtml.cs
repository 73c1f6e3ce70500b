using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Web.Imports;

namespace Zhiku.Web.Pages.Imports;

/// <summary>One import: progress while it runs (the page polls the API), then the data-quality report.</summary>
internal sealed class JobModel(ImportQueue queue) : PageModel
{
    public ImportJobJson Job { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        if (queue.Find(id) is not { } job || !ImportStarter.MayFollow(job, User))
        {
            return NotFound();
        }

        Job = ImportJobJson.From(job);
        return Page();
    }
}
