namespace Zhiku.Consultation;

/// <summary>
/// How the panel answered one item in one round, for the report's charts: how many gave each value, and the comments
/// without names (sorted, so their order says nothing about who wrote them).
/// </summary>
public sealed record ItemDistribution(int Round, int Item, IReadOnlyList<ValueCount> Counts, IReadOnlyList<string> Comments);
