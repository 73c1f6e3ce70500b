namespace Zhiku.Evaluation.Experts;

/// <summary>What the experts contributed to a loaded evaluation: aggregated scores, AHP weights and the file hashes.</summary>
public sealed record ExpertOutcome(
    ExpertsSpec Spec,
    ExpertScoreResult? Scores,
    IReadOnlyList<ExpertWeights> Weights,
    string? ScoresSha256,
    string? ComparisonsSha256);
