namespace Zhiku.Model;

/// <summary>The review states of an enrichment: only accepted ones count in search, facets and analyses.</summary>
public static class EnrichmentStates
{
    public const string Proposed = "proposed";

    public const string Accepted = "accepted";

    public const string Rejected = "rejected";
}
