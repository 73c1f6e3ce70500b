using System.ComponentModel;
using Zhiku.Analytics.Documents;
using Zhiku.Model;

namespace Zhiku.Analytics.Themes;

/// <summary>
/// Thematic evolution's request: the cut years, bound beside a <see cref="ThemesRequest"/> (each period's map) from
/// <c>zhiku analyze evolution</c> and <c>GET /api/v1/analytics/evolution</c> alike.
/// </summary>
public sealed record EvolutionRequest
{
    [Description("Cut years, comma separated (e.g. 2000,2010; default: the years that split the documents into thirds)")]
    public string? Years { get; init; }

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
