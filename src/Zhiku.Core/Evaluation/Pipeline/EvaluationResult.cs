using Zhiku.Evaluation.Data;
using Zhiku.Evaluation.Framework;

namespace Zhiku.Evaluation.Pipeline;

/// <summary>
/// Every stage of one run (Raw, Denominated, …, Aggregated; units × codes), the final framework (with the weights
/// used), per-step details, and scores and ranks at every aggregate level.
/// </summary>
public sealed record EvaluationResult(
    IReadOnlyList<KeyValuePair<string, StageTable>> Stages,
    IndexFramework Framework,
    IReadOnlyList<StepRecord> Steps)
{
    /// <summary>The last stage (normally Aggregated).</summary>
    public StageTable Final => Stages[^1].Value;

    public StageTable Stage(string name) => Stages.First(s => string.Equals(s.Key, name, StringComparison.Ordinal)).Value;

    /// <summary>The aggregate codes present in the final stage, from the index down to the pillars.</summary>
    public IReadOnlyList<string> AggregateCodes => [.. Framework.Aggregates.Reverse().Select(a => a.Code).Where(Final.Has)];

    /// <summary>Ranks (1 = best, ties share the lowest rank) of every aggregate.</summary>
    public IReadOnlyDictionary<string, double[]> Ranks() =>
        AggregateCodes.ToDictionary(c => c, c => Numerics.Ranking.Descending(Final.Column(c)), StringComparer.Ordinal);
}
