namespace Zhiku.Experts;

/// <summary>
/// An assembled team: its members with the needs each covers, the needs no candidate covers, the communication cost
/// (the sum of the co-authorship distances between every two members; a pair farther apart than
/// <see cref="CoAuthorGraph.MaxDistance"/> counts MaxDistance + 1), the distances themselves, and every candidate
/// left out with the reason.
/// </summary>
public sealed record Team(
    IReadOnlyList<TeamMember> Members,
    IReadOnlyList<string> Uncovered,
    int CommunicationCost,
    IReadOnlyList<TeamDistance> Distances,
    IReadOnlyList<TeamLeftOut> LeftOut);

/// <summary>A member: the needs they cover, their research and policy experience, and the works that support their choice.</summary>
public sealed record TeamMember(string Id, string Name, IReadOnlyList<string> Covers, bool Research, bool Policy, IReadOnlyList<ExpertEvidence> Evidence);

/// <summary>A candidate who is not a member, and why: in English words, and as a <see cref="TeamReason"/> code with its values for a translation.</summary>
public sealed record TeamLeftOut(string Id, string Name, string Reason, string Code, IReadOnlyList<string> Values)
{
    public TeamLeftOut(string id, string name, TeamReason reason)
        : this(id, name, reason.Text, reason.Code, reason.Values)
    {
    }
}

/// <summary>The co-authorship distance between two members (null: farther than <see cref="CoAuthorGraph.MaxDistance"/>).</summary>
public sealed record TeamDistance(string From, string To, int? Distance);
