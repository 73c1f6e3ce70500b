namespace Zhiku.Consultation;

/// <summary>
/// One round's agreement: Kendall's W (null when fewer than two experts or two items qualify) over the items every
/// expert of the round rated, and the aggregated ranking of those items.
/// </summary>
public sealed record RoundStatistics(
    int Round,
    int Experts,
    IReadOnlyList<string> Items,
    double? KendallW,
    double? ChiSquare,
    int? Df,
    double? P,
    double? TieTerm,
    IReadOnlyList<RankedItem> Ranking);
