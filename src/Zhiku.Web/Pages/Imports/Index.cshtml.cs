using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Web.Hosting;
using Zhiku.Web.Imports;

namespace Zhiku.Web.Pages.Imports;

/// <summary>The import page: upload several files with an access level; the import runs in the background queue.</summary>
[RequestSizeLimit(1L << 30)]
[RequestFormLimits(MultipartBodyLengthLimit = 1L << 30)]
internal sealed class IndexModel(ImportQueue queue, ZhikuDataDirectory data) : PageModel
{
    public string? Error { get; private set; }

    public IReadOnlyList<ImportJob> Jobs { get; private set; } = [];

    public void OnGet() => Jobs = [.. queue.Jobs.Where(j => ImportStarter.MayFollow(j, User)).Take(20)];

    public async Task<IActionResult> OnPostAsync(string? access, CancellationToken cancellationToken)
    {
        try
        {
            var job = await ImportStarter.StartAsync(Request.Form.Files, access, User, queue, data, cancellationToken);
            return Redirect($"/imports/{job.Id}");
        }
        catch (ArgumentException e)
        {
            Error = e.Message;
            OnGet();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }
}
