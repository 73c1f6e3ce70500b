using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Web.Api;

namespace Zhiku.Web.Pages;

/// <summary>The API reference: the OpenAPI document rendered as a page.</summary>
internal sealed class ApiReferenceModel : PageModel
{
    public IReadOnlyList<ApiOperation> Operations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Operations = await ApiReference.ReadAsync(HttpContext.RequestServices, cancellationToken);
}
