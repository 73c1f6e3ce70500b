namespace Zhiku.Analytics.Bursts;

/// <summary>The bursts of many terms, strongest first, with the parameters that produced them.</summary>
public sealed record BurstReport(IReadOnlyList<TermBurst> Bursts, IReadOnlyList<string> Slices, BurstOptions Options);
