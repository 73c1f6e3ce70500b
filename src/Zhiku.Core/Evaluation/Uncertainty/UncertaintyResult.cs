namespace Zhiku.Evaluation.Uncertainty;

/// <summary>The outcome of an uncertainty analysis: rank statistics per unit and every replication's ranks.</summary>
public sealed record UncertaintyResult(
    string Target,
    int Runs,
    ulong Seed,
    IReadOnlyList<string> Inputs,
    IReadOnlyList<UnitRankStats> Units,
    double[][] Ranks,
    int Failed);
