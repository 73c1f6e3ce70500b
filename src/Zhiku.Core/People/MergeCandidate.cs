namespace Zhiku.People;

/// <summary>One piece of evidence for (or against) two people being one: its kind, what it is, and its weight in the score.</summary>
public sealed record MatchEvidence(string Kind, string Detail, double Weight);

/// <summary>A person as a candidate shows them: public id, name and the number of works the curator sees.</summary>
public sealed record CandidatePerson(string Id, string Name, int Works);

/// <summary>
/// Two people who may be one, with the score (0–1) and the evidence that makes it. <see cref="Keep"/> is the person a
/// merge keeps (the one with an identifier, else more works, else the older), <see cref="Merge"/> the one merged into them.
/// </summary>
public sealed record MergeCandidate(CandidatePerson Keep, CandidatePerson Merge, double Score, IReadOnlyList<MatchEvidence> Evidence);
