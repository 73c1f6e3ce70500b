using System.ComponentModel;
using Zhiku.Analytics.Documents;
using Zhiku.Model;

namespace Zhiku.Analytics.Themes;

/// <summary>
/// Thematic evolution's request: the thematic map's fields and the cut years, bound from <c>zhiku analyze evolution</c>
/// and <c>GET /api/v1/analytics/evolution</c> alike.
/// </summary>
public sealed record EvolutionRequest
{
    [Description("keywords-plus|keywords|terms (default: Keywords Plus when any work has them, else author keywords)")]
    public string? Field { get; init; }

    [Description("Most frequent words in each period's network (n; default 250)")]
    public int? Words { get; init; }

    [Description("Minimum occurrences per 1000 documents (at least 2; default 5)")]
    public int? MinFrequency { get; init; }

    [Description("louvain|leiden (default louvain)")]
    public string? Cluster { get; init; }

    [Description("Random seed (default 1234)")]
    public long? Seed { get; init; }

    [Description("Cut years, comma separated (e.g. 2000,2010; default: the years that split the documents into thirds)")]
    public string? Years { get; init; }

    /// <summary>The map's part of the request.</summary>
    public ThemesRequest Map => new() { Field = Field, Words = Words, MinFrequency = MinFrequency, Cluster = Cluster, Seed = Seed };

    /// <summary>The cut years given, else the years that split the dated documents into thirds, as far as distinct years allow.</summary>
    public List<int> Cuts(IReadOnlyList<WorkRecord> works)
    {
        ArgumentNullException.ThrowIfNull(works);
        if (!string.IsNullOrWhiteSpace(Years))
        {
            return RequestValues.Years(Years, "years");
        }

        var years = works.Where(w => w.Year is not null).Select(w => w.Year!.Value).Order().ToList();
        return years.Count < 3 ? [] : [.. new[] { years[(years.Count - 1) / 3], years[2 * (years.Count - 1) / 3] }.Distinct().Where(y => y < years[^1])];
    }
}
