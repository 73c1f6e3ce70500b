using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Reading;
using Zhiku.Web.Accounts;
using Zhiku.Web.Dashboard;
using Zhiku.Web.Imports;

namespace Zhiku.Web.Pages.Dashboard;

/// <summary>The dashboard: counts by kind, recent imports; the charts draw from <c>/api/v1/dashboard</c>.</summary>
internal sealed class IndexModel(KnowledgeBase kb, ImportQueue queue) : PageModel
{
    public DashboardData Data { get; private set; } = null!;

    public IReadOnlyList<ImportJob> Jobs { get; private set; } = [];

    public void OnGet()
    {
        var read = kb.Read(HttpContext.Caller());
        Data = DashboardData.Compute(read);
        Jobs = [.. queue.Jobs.Where(j => ImportStarter.MayFollow(j, User)).Take(10)];
    }
}
