using Zhiku.Analytics.Networks.Build;
using Zhiku.Analytics.Networks.Clustering;
using Zhiku.Analytics.Reports;
using Zhiku.Web.Accounts;
using Zhiku.Web.Search;

namespace Zhiku.Web.Api;

/// <summary>
/// Reads an analytics request's query string: the search as the search page encodes it (<c>q</c>, repeatable
/// <c>f=facet:value</c>) and the network parameters (<c>type, counting, normalize, occurrences, top, cluster,
/// quality, resolution, seed</c>).
/// </summary>
internal static class AnalyticsRequest
{
    /// <summary>The names of the workspace's controls, carried from the page into every API call.</summary>
    public static IReadOnlyList<string> Controls { get; } = ["type", "counting", "normalize", "occurrences", "top", "cluster", "resolution", "seed", "s", "gamma", "topic", "years", "merge"];

    /// <summary>merge=off counts the records as exported (bibliometrix without duplicatedMatching); anything else merges.</summary>
    public static bool Merge(IQueryCollection query) => query["merge"].ToString() is not ("off" or "false" or "no");

    /// <summary>The search's query ("*" when empty) and facet filters, as the search page reads them.</summary>
    public static (string Query, IReadOnlyDictionary<string, string> Filters) Search(IQueryCollection query)
    {
        var form = SearchForm.From(query);
        var request = form.ToRequest();
        return (request.Query, request.Filters);
    }

    public static NetworkParameters Network(IQueryCollection query)
    {
        var kind = query["type"].ToString() is { Length: > 0 } t ? t : "coword";
        NetworkKinds.Parse(kind);
        return new NetworkParameters
        {
            Kind = kind,
            Counting = Choice(query, "counting", Counting.Full),
            Normalization = Choice(query, "normalize", Similarity.Association),
            Selection = new ItemSelection(AnalyticsApi.Int(query, "occurrences", 1, 1, 100_000), AnalyticsApi.Int(query, "top", 100, 2, 1000)),
            Clustering = new ClusteringOptions
            {
                Algorithm = Choice(query, "cluster", ClusteringAlgorithm.Leiden),
                Quality = Choice(query, "quality", QualityFunction.Modularity),
                Resolution = AnalyticsApi.Number(query, "resolution", 1.0),
                Seed = AnalyticsApi.Int(query, "seed", 0, 0, int.MaxValue),
            },
        };
    }

    /// <summary>Whose access the analysis ran with, in words for the report's parameters.</summary>
    public static string Scope(HttpContext context)
    {
        var caller = context.Caller();
        var name = context.User.Identity is { IsAuthenticated: true, Name: { } n } ? n : null;
        return name is null
            ? "anonymous: public records"
            : $"{name}: organisation {caller.OrganisationId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"}, {(caller.MaySeeRestricted ? "with" : "without")} restricted records";
    }

    private static T Choice<T>(IQueryCollection query, string name, T fallback)
        where T : struct, Enum
    {
        var value = query[name].ToString();
        return value.Length == 0 ? fallback
            : Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !value.All(char.IsAsciiDigit) ? parsed
            : throw new ArgumentException($"{name}: unknown value '{value}' (use {string.Join("|", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))})");
    }
}
