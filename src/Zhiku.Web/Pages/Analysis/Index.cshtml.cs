using System.Text;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Analytics.Bibliometrics;
using Zhiku.Knowledge;
using Zhiku.Search.Querying;
using Zhiku.Web.Accounts;
using Zhiku.Web.Api;
using Zhiku.Web.Localization;

namespace Zhiku.Web.Pages.Analysis;

/// <summary>
/// The analysis workspace of a search (q and the search page's facet filters): the summary table here; the charts draw
/// from <c>/api/v1/analytics</c> with the workspace's controls, which the page carries into every link.
/// </summary>
internal sealed class IndexModel(KnowledgeBase kb, Texts texts) : PageModel
{
    public string Query { get; private set; } = "*";

    public IReadOnlyList<KeyValuePair<string, string>> Filters { get; private set; } = [];

    /// <summary>The controls' values from the request (absent controls use the API's defaults).</summary>
    public IReadOnlyDictionary<string, string> Controls { get; private set; } = new Dictionary<string, string>();

    /// <summary>The search and the controls as a query string, for the API links.</summary>
    public string ApiQuery { get; private set; } = "q=*";

    public DescriptiveSummary? Summary { get; private set; }

    public string? Error { get; private set; }

    public string Control(string name, string fallback) => Controls.TryGetValue(name, out var value) ? value : fallback;

    public void OnGet()
    {
        try
        {
            var search = AnalyticsRequest.Search(Request.Query);
            var (query, filters) = search.Search();
            Query = query;
            Filters = [.. filters];
            Controls = AnalyticsRequest.Controls.Where(c => !string.IsNullOrEmpty(Request.Query[c])).ToDictionary(c => c, c => Request.Query[c].ToString(), StringComparer.Ordinal);
            var api = new StringBuilder("q=").Append(Uri.EscapeDataString(Query));
            foreach (var (facet, value) in Filters)
            {
                api.Append("&f=").Append(Uri.EscapeDataString(facet + ":" + value));
            }

            foreach (var (name, value) in Controls)
            {
                api.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
            }

            ApiQuery = api.ToString();
            var set = AnalyticsApi.Works(HttpContext.Caller(), kb, search);
            Summary = SummaryCalculator.Compute(set.Works) with { Deduplication = set.Deduplication };
        }
        catch (Exception e) when (e is SearchSyntaxException or ArgumentException)
        {
            // The same words as the API's problem details.
            Error = texts.Describe(e);
        }
    }
}
