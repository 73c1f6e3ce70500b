using Zhiku.Model;

namespace Zhiku.Knowledge.Reading;

/// <summary>
/// An organisation with its people, the works it owns, the works of the organisation and its people (linked to it,
/// authorships affiliated with it or by its people) and its projects; only what the caller may see.
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
    IReadOnlyList<WorkSummary> MemberWorks)
{
    /// <summary>How many people of the organisation the caller may see (<see cref="People"/> is one page of them).</summary>
    public int PeopleCount { get; init; }

    /// <summary>How many projects naming the organisation the caller may see (<see cref="Projects"/> is one page of them).</summary>
    public int ProjectCount { get; init; }

    /// <summary>How many visible works are linked to the organisation by the names they carry (publisher, source, affiliation, ...).</summary>
    public int LinkedWorkCount { get; init; }

    /// <summary>The first visible linked works, newest first.</summary>
    public IReadOnlyList<WorkSummary> LinkedWorks { get; init; } = [];

    /// <summary>How the links were made: per method, how many visible works it linked.</summary>
    public IReadOnlyList<OrganisationLink> Links { get; init; } = [];
}

/// <summary>A way an organisation was linked to works (publisher, source, issuing-body, organisation, affiliation) and how many.</summary>
public sealed record OrganisationLink(string Method, int Works);
