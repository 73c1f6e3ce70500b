namespace Zhiku.Evaluation.Explain;

/// <summary>A unit's score and rank (1 = best, of <paramref name="Count"/> ranked units) on one framework node, with the mean of all units.</summary>
public sealed record UnitScore(string Code, string Name, int Level, string? Parent, double? Score, int? Rank, int Count, double? Mean);
