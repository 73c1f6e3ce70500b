using Zhiku.Model;

namespace Zhiku.Knowledge.Enriching;

/// <summary>An enrichment in the review queue with the id and title of its work (the queue links the work).</summary>
public sealed record QueuedEnrichment(string WorkId, string WorkTitle, WorkEnrichment Enrichment);
