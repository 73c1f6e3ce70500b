namespace Zhiku.Model;

/// <summary>One import batch as the dashboard lists it.</summary>
public sealed record ImportBatchSummary(long Id, string Started, string? Finished, string Status, string Owner, string Access);
