namespace Zhiku.Experts;

/// <summary>
/// One expert for a query: the person, the score of the ranking, how many of the retrieved works are theirs, the works
/// that support the score (best first) and the identifiers of their record when the caller may see it.
/// </summary>
public sealed record ExpertHit(string Id, string Name, double Score, int Works, IReadOnlyList<ExpertEvidence> Evidence, IReadOnlyDictionary<string, string> Ids);

/// <summary>The experts a query finds, best first, with the number of works the ranking drew on.</summary>
public sealed record ExpertList(string Query, int WorksConsidered, IReadOnlyList<ExpertHit> Experts);
