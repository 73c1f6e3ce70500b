namespace Zhiku.Knowledge.Enriching;

/// <summary>One page of the review queue: how many enrichments match in all, and those of the page.</summary>
public sealed record EnrichmentList(int Total, IReadOnlyList<QueuedEnrichment> Enrichments);
