namespace Zhiku.Knowledge.Enriching;

/// <summary>What a bulk review did: proposals accepted, rejected and left proposed.</summary>
public sealed record EnrichmentReview(string? Field, int Accepted, int Rejected, int LeftProposed);
