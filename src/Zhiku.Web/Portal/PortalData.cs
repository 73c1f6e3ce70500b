using Zhiku.Analytics.Bursts;
using Zhiku.Knowledge.Reading;
using Zhiku.Model;
using Zhiku.Search;

namespace Zhiku.Web.Portal;

/// <summary>
/// What the portal home shows, all read through the caller's session (an anonymous visitor sees public records only):
/// the latest works, frontier topics (keyword bursts reaching the latest years), recent policy documents, the
/// registries' counts and the caller's recent import batches.
/// </summary>
internal sealed record PortalData(
    int Works,
    IReadOnlyList<SearchHit> RecentWorks,
    IReadOnlyList<TermBurst> Frontier,
    IReadOnlyList<SearchHit> PolicyDocuments,
    EntityCounts Registries,
    IReadOnlyList<ImportBatchSummary> RecentImports)
{
    /// <summary>How many items each list shows.</summary>
    public const int Size = 6;

    public static PortalData Compute(ReadSession read)
    {
        var latest = read.Search(new SearchRequest { Query = "*", Sort = SearchSort.Date, Limit = Size, IncludeSnippets = false, FacetSize = 1 });
        var policies = read.Search(new SearchRequest
        {
            Query = "*",
            Filters = new Dictionary<string, string>(StringComparer.Ordinal) { ["kind"] = "policy-document" },
            Sort = SearchSort.Date,
            Limit = Size,
            IncludeSnippets = false,
            FacetSize = 1,
        });
        return new PortalData(latest.Total, latest.Hits, FrontierTopics(read), policies.Hits, read.Counts(), read.RecentImports(Size));
    }

    /// <summary>
    /// Kleinberg bursts of author keywords by year (the analysis page's defaults), the latest first (by the year a
    /// burst ends, then by its weight): the topics that rose most recently.
    /// </summary>
    public static IReadOnlyList<TermBurst> FrontierTopics(ReadSession read)
    {
        var works = read.WorksForAnalysis(null).Works;
        var request = new BurstsRequest();
        var (series, slices) = BurstsAnalysis.Series(works, request.ResolveField(), request.ResolveMinOccurrences());
        if (series.Count == 0 || slices.Count == 0)
        {
            return [];
        }

        return
        [
            .. BurstDetection.Run(series, slices, request.Options()).Bursts
                .OrderByDescending(b => b.EndIndex)
                .ThenByDescending(b => b.Weight)
                .ThenBy(b => b.Term, StringComparer.Ordinal)
                .Take(Size * 2),
        ];
    }
}
