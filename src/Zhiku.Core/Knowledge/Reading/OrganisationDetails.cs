using Zhiku.Model;

namespace Zhiku.Knowledge.Reading;

/// <summary>An organisation with its people, the works it owns or is named on (those the caller may see) and its projects.</summary>
public sealed record OrganisationDetails(
    string Id,
    string Name,
    OrganisationRecord? Record,
    IReadOnlyList<EntitySummary> People,
    int WorkCount,
    IReadOnlyList<WorkSummary> Works,
    IReadOnlyList<EntitySummary> Projects);
