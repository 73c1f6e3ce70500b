using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Web.Accounts;
using Zhiku.Web.Api;
using Zhiku.Web.Evaluation;

namespace Zhiku.Web.Pages.Evaluation;

/// <summary>
/// The evaluation page: a bundled sample's framework (an editor), results, rank intervals and radar charts, drawn by
/// <c>/js/evaluation.js</c>; for analysts, managers and administrators an upload form that runs and stores an
/// evaluation; the recent runs of the user's organisation.
/// </summary>
[RequestSizeLimit(256L << 20)]
[RequestFormLimits(MultipartBodyLengthLimit = 256L << 20)]
internal sealed class IndexModel(EvaluationRunStore store, Zhiku.Knowledge.KnowledgeBase kb) : PageModel
{
    public bool MayRun => EvaluationUpload.MayRun(User);

    public IReadOnlyList<StoredRun> Recent { get; private set; } = [];

    public string? Error { get; private set; }

    public void OnGet() => Recent = store.Recent(User);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        if (!MayRun)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        try
        {
            var run = await EvaluationUpload.RunAsync(Request.Form, User, HttpContext.Caller(), kb, store, cancellationToken);
            return Redirect($"/evaluation/runs/{run.Id}");
        }
        catch (Exception e) when (EvaluationErrors.IsBad(e))
        {
            Error = e.Message;
            OnGet();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }
}
