namespace Zhiku.Experts;

/// <summary>
/// What a person is expert in, from the evidence the caller may see: topics of their works weighted by recency and
/// authorship, their projects, policy outputs and roles, and whether they have research and policy experience.
/// Every claim lists the records that support it.
/// </summary>
public sealed record ExpertiseProfile(
    string Id,
    string Name,
    int WorkCount,
    IReadOnlyList<ExpertiseTopic> Topics,
    IReadOnlyList<ExpertiseProject> Projects,
    IReadOnlyList<ExpertEvidence> PolicyOutputs,
    IReadOnlyList<ExpertiseRole> Roles,
    ExpertiseExperience Experience);

/// <summary>A topic (keyword, subject or declared expertise) with its weight and the works or record that support it.</summary>
public sealed record ExpertiseTopic(string Topic, double Weight, int Works, IReadOnlyList<ExpertEvidence> Evidence);

/// <summary>A project the person worked on: <see cref="How"/> says whether through an output work of theirs or the project's record naming them.</summary>
public sealed record ExpertiseProject(string Id, string Title, string How, IReadOnlyList<ExpertEvidence> Evidence);

/// <summary>A role or title of the person (as their record states it), with where it comes from.</summary>
public sealed record ExpertiseRole(string Role, ExpertEvidence Source);

/// <summary>Research experience (scholarly works, academic roles) and policy experience (policy outputs, advisory roles), each with its evidence.</summary>
public sealed record ExpertiseExperience(bool Research, bool Policy, IReadOnlyList<ExpertEvidence> ResearchEvidence, IReadOnlyList<ExpertEvidence> PolicyEvidence);
