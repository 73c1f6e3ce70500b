namespace Zhiku.Search.Indexing;

/// <summary>A work whose full document the index refused, and why; it is indexed by id, owner, access and kind only.</summary>
public sealed record IndexRefusal(string WorkId, string Reason);
