namespace Zhiku.Analytics.Bibliometrics;

/// <summary>A work with its times cited; <see cref="CitationsPerYear"/> counts years up to a given reference year.</summary>
public sealed record CitedWork(int Index, string Title, string? Source, int? Year, int Citations, double? CitationsPerYear);
