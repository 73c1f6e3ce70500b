namespace Zhiku.Consultation;

/// <summary>The statistics of a set of answers: per item and round, and per round.</summary>
public sealed record DelphiResult(string Rule, IReadOnlyList<ItemStatistics> Items, IReadOnlyList<RoundStatistics> Rounds);
