namespace Zhiku.Analytics.Bibliometrics;

/// <summary>The first and last publication year.</summary>
public sealed record Timespan(int? From, int? To);
