namespace Zhiku.Knowledge.Enriching;

/// <summary>How far a batch has come: works looked at (enriched or skipped) of the works chosen.</summary>
public sealed record EnrichmentProgress(int Done, int Total);
