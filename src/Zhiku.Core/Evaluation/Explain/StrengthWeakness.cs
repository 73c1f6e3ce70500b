namespace Zhiku.Evaluation.Explain;

/// <summary>An indicator among a unit's best or worst, by the unit's rank on it (COINr <c>get_str_weak</c>).</summary>
public sealed record StrengthWeakness(string Indicator, double Rank, double Value, bool Strength);
