using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Zhiku.Attachments;
using Zhiku.Registry;
using Zhiku.Web.Hosting;

namespace Zhiku.Web.Pages.Registry;

/// <summary>
/// The edit page's attachments section (s9-attach): upload and remove, each answered by a redirect back to the page
/// with a notice code that the section shows in the reader's language.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = 256L << 20)]
internal sealed partial class EditModel
{
    public async Task<IActionResult> OnPostAttachAsync(string kind, string id, IFormFile? file, [FromServices] IOptions<ZhikuWebOptions> options, CancellationToken cancellationToken)
    {
        if (RegistryKind.Find(kind) is not { } found)
        {
            return NotFound();
        }

        var attachments = Zhiku.Web.Registry.AttachmentApi.Service(kb, options);
        if (file is null)
        {
            return Back(found, id, "refusal.noFile");
        }

        try
        {
            if (file.Length > attachments.MaxBytes)
            {
                throw new AttachmentException(AttachmentRefusal.TooLarge, $"{file.FileName}: more than {attachments.MaxBytes} bytes");
            }

            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancellationToken);
            var added = attachments.Add(Actor(), found, id, file.FileName, buffer.ToArray());
            return Back(found, id, added.TextProblem is { } problem ? "text." + problem : "added");
        }
        catch (AttachmentException e) when (e.Refusal == AttachmentRefusal.NotFound)
        {
            return NotFound();
        }
        catch (AttachmentException e)
        {
            return Back(found, id, "refusal." + char.ToLowerInvariant(e.Refusal.ToString()[0]) + e.Refusal.ToString()[1..]);
        }
    }

    public IActionResult OnPostDetach(string kind, string id, int n, [FromServices] IOptions<ZhikuWebOptions> options)
    {
        if (RegistryKind.Find(kind) is not { } found)
        {
            return NotFound();
        }

        try
        {
            Zhiku.Web.Registry.AttachmentApi.Service(kb, options).Remove(Actor(), found, id, n);
            return Back(found, id, "removed");
        }
        catch (AttachmentException e) when (e.Refusal == AttachmentRefusal.NotFound)
        {
            return NotFound();
        }
        catch (AttachmentException e)
        {
            return Back(found, id, "refusal." + char.ToLowerInvariant(e.Refusal.ToString()[0]) + e.Refusal.ToString()[1..]);
        }
    }

    private RedirectResult Back(RegistryKind kind, string id, string notice) =>
        Redirect($"/registry/{kind.Route}/{Uri.EscapeDataString(id)}?attachment={notice}#attachments");
}
