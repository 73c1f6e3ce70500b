namespace Zhiku.Consultation;

/// <summary>
/// The controlled feedback of the previous round for one item, as every panellist sees it: the panel's distribution
/// (n, median, quartiles), the expert's own previous answer, the comments without names, and for rankings and pairwise
/// items the aggregated ranking or the group weights. No other expert's identity or answer is in it.
/// </summary>
public sealed record ItemFeedback(
    int Round,
    int? N,
    double? Median,
    double? Q1,
    double? Q3,
    bool? Consensus,
    AnswerView? Mine,
    IReadOnlyList<string> Comments,
    IReadOnlyList<RankedItem>? Ranking,
    IReadOnlyList<double>? Weights);
