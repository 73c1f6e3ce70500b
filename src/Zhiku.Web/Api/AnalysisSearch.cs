using System.ComponentModel;
using Zhiku.Search;

namespace Zhiku.Web.Api;

/// <summary>
/// The search an analytics request works on, as the search page encodes it: <c>q</c>, repeatable <c>f=facet:value</c>,
/// and <c>merge=off</c> for the records as exported (the CLI's <c>--query</c>, <c>--filter</c>, <c>--no-merge</c>).
/// </summary>
internal sealed class AnalysisSearch
{
    [Description("The search (default: all works the caller may see)")]
    public string? Q { get; init; }

    [Description("Facet filter facet:value (repeatable), as on the search page")]
    public string[]? F { get; init; }

    [Description("off: count the records as exported (bibliometrix without duplicatedMatching); default: merged works")]
    public string? Merge { get; init; }

    public bool Merged => Merge is not ("off" or "false" or "no");

    /// <summary>The search's query ("*" when empty) and facet filters, as the search page reads them.</summary>
    public (string Query, IReadOnlyDictionary<string, string> Filters) Search()
    {
        var filters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (facet, value) in (F ?? []).Select(f => SearchRequestValues.Filter(f)))
        {
            filters[facet] = value;
        }

        return (string.IsNullOrWhiteSpace(Q) ? "*" : Q, filters);
    }
}
