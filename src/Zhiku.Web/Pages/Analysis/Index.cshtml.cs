using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Analytics.Bibliometrics;
using Zhiku.Knowledge;
using Zhiku.Search.Querying;
using Zhiku.Web.Accounts;
using Zhiku.Web.Api;

namespace Zhiku.Web.Pages.Analysis;

/// <summary>The analysis workspace of a search: the summary table here; the charts draw from <c>/api/v1/analytics</c>.</summary>
internal sealed class IndexModel(KnowledgeBase kb) : PageModel
{
    public string Query { get; private set; } = "*";

    public DescriptiveSummary? Summary { get; private set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
        var q = Request.Query["q"].ToString();
        Query = string.IsNullOrWhiteSpace(q) ? "*" : q;
        try
        {
            Summary = SummaryCalculator.Compute(AnalyticsApi.Works(kb, Query, HttpContext.Caller()));
        }
        catch (Exception e) when (e is SearchSyntaxException or ArgumentException)
        {
            Error = e.Message;
        }
    }
}
