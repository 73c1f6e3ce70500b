using System.ComponentModel;
using Zhiku.Analytics.Documents;
using Zhiku.Analytics.Networks.Clustering;
using Zhiku.Analytics.Terms;
using Zhiku.Model;

namespace Zhiku.Analytics.Themes;

/// <summary>
/// The thematic map's request (bibliometrix thematicMap's parameters), bound from <c>zhiku analyze themes</c>'s options
/// and <c>GET /api/v1/analytics/themes</c>'s query alike; null fields take the defaults.
/// </summary>
public sealed record ThemesRequest
{
    /// <summary>The item fields a thematic map can be drawn from.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["keywords-plus", "keywords", "terms"];

    [Description("keywords-plus|keywords|terms (default: Keywords Plus when any work has them, else author keywords)")]
    public string? Field { get; init; }

    [Description("Most frequent words in the network (n; default 250)")]
    public int? Words { get; init; }

    [Description("Minimum occurrences per 1000 documents (at least 2; default 5)")]
    public int? MinFrequency { get; init; }

    [Description("louvain|leiden (default louvain)")]
    public string? Cluster { get; init; }

    [Description("Random seed (default 1234)")]
    public long? Seed { get; init; }

    /// <summary>
    /// The field used: as bibliometrix's thematicMap, Keywords Plus by default, and author keywords for records without
    /// any (CNKI-style); an explicit field is used as given.
    /// </summary>
    public string ResolveField(IReadOnlyList<WorkRecord> works)
    {
        ArgumentNullException.ThrowIfNull(works);
        return string.IsNullOrWhiteSpace(Field)
            ? works.Any(w => w.IndexKeywords.Count > 0) ? "keywords-plus" : "keywords"
            : RequestValues.Choice(Field, "field", "keywords-plus", Fields);
    }

    /// <summary>The items of each work for the field (keywords: author keywords only, as thematicMap's DE).</summary>
    public static Func<WorkRecord, IReadOnlyList<string>> Items(string field) =>
        WorkItems.Of(field == "keywords" ? "author-keywords" : field);

    public ThematicMapOptions Options() => new()
    {
        Words = RequestValues.Whole(Words, "words", 250, 10, 10_000),
        MinFrequencyPerThousand = RequestValues.Whole(MinFrequency, "minFrequency", 5, 2, 1000),
        Algorithm = RequestValues.Choice(Cluster, "cluster", ClusteringAlgorithm.Louvain),
        Seed = RequestValues.Seed(Seed, "seed", 1234),
    };
}
