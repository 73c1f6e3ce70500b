using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Web.Evaluation;

namespace Zhiku.Web.Pages.Evaluation;

/// <summary>A stored run: its results, intervals, radar, framework editor and stored downloads (its organisation and administrators).</summary>
internal sealed class RunModel(EvaluationRunStore store) : PageModel
{
    public StoredRun Run { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        if (store.Find(id, User) is not { } found)
        {
            return NotFound();
        }

        Run = found.Run;
        return Page();
    }
}
