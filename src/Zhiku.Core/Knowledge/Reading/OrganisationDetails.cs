using Zhiku.Model;

namespace Zhiku.Knowledge.Reading;

/// <summary>
/// An organisation with its people, the works it owns, the works of its people (authorships affiliated with it or by its
/// people) and its projects; only what the caller may see.
/// </summary>
public sealed record OrganisationDetails(
    string Id,
    string Name,
    OrganisationRecord? Record,
    IReadOnlyList<EntitySummary> People,
    int WorkCount,
    IReadOnlyList<WorkSummary> Works,
    IReadOnlyList<EntitySummary> Projects,
    int MemberWorkCount,
    IReadOnlyList<WorkSummary> MemberWorks);
