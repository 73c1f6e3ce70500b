namespace Zhiku.Evaluation.Experts;

/// <summary>
/// Expert scores aggregated per unit and indicator: one column per scored indicator (NaN where no eligible expert),
/// how many experts each cell rests on, and every score excluded for a conflict of interest.
/// </summary>
public sealed record ExpertScoreResult(
    IReadOnlyDictionary<string, double[]> Columns,
    IReadOnlyDictionary<string, int[]> Counts,
    IReadOnlyList<ScoreExclusion> Exclusions);
