namespace Zhiku.Search.Entities;

/// <summary>
/// One entity found: its id (P12, O3, R5), kind (person, organisation, project), name or title, how many of its works the
/// caller may see, the access level of its own record, and the score.
/// </summary>
public sealed record EntityHit(string Id, string Kind, string Name, int Works, string Access, float Score);

/// <summary>The entities a search found among those the caller may see: how many, and the requested page of them.</summary>
public sealed record EntitySearchResult(int Total, IReadOnlyList<EntityHit> Hits)
{
    /// <summary>For cases and outputs: how many of the hits (all pages) each classification code tags; empty for the other entities.</summary>
    public IReadOnlyDictionary<string, int> Tags { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>No entity: the answer for kinds no registry holds yet.</summary>
    public static EntitySearchResult Empty { get; } = new(0, []);
}
