using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Web.Hosting;
using Zhiku.Web.Imports;

namespace Zhiku.Web.Pages.Imports;

/// <summary>The import page: upload several files with an access level; the import runs in the background queue.</summary>
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
        catch (Exception e) when (e is ArgumentException or InvalidDataException or BadHttpRequestException)
        {
            Error = e is ArgumentException ? e.Message : $"the upload is larger than the {queue.Limits.MaxUploadBytes:N0} bytes this server accepts";
            OnGet();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }
}
