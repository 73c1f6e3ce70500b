using System.ComponentModel;
using Zhiku.Analytics.Documents;
using Zhiku.Model;

namespace Zhiku.Analytics.Bibliometrics;

/// <summary>
/// The request of the ranking analyses (<c>sources</c>: Bradford, source impact, most cited; <c>authors</c>: Lotka,
/// author impact, institutions, countries), bound from the CLI's options and the web's query alike.
/// </summary>
public sealed record RankingRequest
{
    [Description("Rows per table (default 20)")]
    public int? Top { get; init; }

    [Description("Year for the m index and citations per year (default: the latest publication year, never the clock)")]
    public int? ReferenceYear { get; init; }

    public int Rows() => RequestValues.Whole(Top, "top", 20, 1, 100_000);

    public int Year(IReadOnlyList<WorkRecord> works)
    {
        ArgumentNullException.ThrowIfNull(works);
        return ReferenceYear is { } year ? RequestValues.Whole(year, "referenceYear", 0, 1, 9999) : works.Select(w => w.Year).Max() ?? 0;
    }
}
