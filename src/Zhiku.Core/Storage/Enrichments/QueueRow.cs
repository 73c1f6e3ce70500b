using Zhiku.Model;

namespace Zhiku.Storage.Enrichments;

/// <summary>An enrichment with its work's id, title, owner and access: what the review queue shows and filters by.</summary>
internal sealed record QueueRow(long WorkId, string Title, long Owner, string Access, WorkEnrichment Enrichment);
