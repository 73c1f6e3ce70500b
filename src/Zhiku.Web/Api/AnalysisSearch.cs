using System.ComponentModel;

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
        foreach (var f in F ?? [])
        {
            var colon = f.IndexOf(':', StringComparison.Ordinal);
            filters[colon > 0 ? f[..colon] : throw new ArgumentException($"a facet filter needs facet:value, not '{f}'")] = f[(colon + 1)..];
        }

        return (string.IsNullOrWhiteSpace(Q) ? "*" : Q, filters);
    }
}
