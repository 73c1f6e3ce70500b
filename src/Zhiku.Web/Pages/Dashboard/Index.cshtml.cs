using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Reading;
using Zhiku.Web.Accounts;
using Zhiku.Web.Dashboard;
using Zhiku.Web.Imports;

namespace Zhiku.Web.Pages.Dashboard;

/// <summary>The dashboard: counts by kind, recent imports, projects by stage and overdue milestones; the charts draw from <c>/api/v1/dashboard</c>.</summary>
internal sealed class IndexModel(KnowledgeBase kb, ImportQueue queue) : PageModel
{
    public DashboardData Data { get; private set; } = null!;

    public IReadOnlyList<ImportJob> Jobs { get; private set; } = [];

    /// <summary>The visible projects by life-cycle stage and their overdue milestones (issue 13).</summary>
    public ProjectOverview Projects { get; private set; } = null!;

    public void OnGet()
    {
        var read = kb.Read(HttpContext.Caller());
        Data = DashboardData.Compute(read);
        Projects = read.Projects(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Jobs = [.. queue.Jobs.Where(j => ImportStarter.MayFollow(j, User)).Take(10)];
    }
}
