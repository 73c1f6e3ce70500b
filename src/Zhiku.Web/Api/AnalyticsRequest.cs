namespace Zhiku.Web.Api;

/// <summary>The analysis workspace's controls, carried from the page into every API call (the fields of the core's requests).</summary>
internal static class AnalyticsRequest
{
    /// <summary>The names of the workspace's controls.</summary>
    public static IReadOnlyList<string> Controls { get; } = ["type", "counting", "normalize", "minOccurrences", "top", "cluster", "resolution", "seed", "s", "gamma", "topic", "years", "merge"];

    /// <summary>The search of a page's query string (q, f, merge), as the API binds it.</summary>
    public static AnalysisSearch Search(IQueryCollection query) =>
        new() { Q = query["q"].ToString(), F = [.. query["f"].OfType<string>()], Merge = query["merge"].ToString() };
}
