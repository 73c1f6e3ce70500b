using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Zhiku.Web.Pages.Evaluation;

/// <summary>The evaluation page: a bundled sample's framework, results, rank intervals and radar charts, drawn by
/// <c>/js/evaluation.js</c> from <c>/api/v1/evaluations</c>.</summary>
internal sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
