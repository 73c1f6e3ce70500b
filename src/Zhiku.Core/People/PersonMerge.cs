namespace Zhiku.People;

/// <summary>
/// A merge as a curator sees it: its id, the person kept and the person merged into them (public ids and the merged
/// person's name), the evidence, who merged and when, and who undid it and when (null while in force).
/// </summary>
public sealed record PersonMerge(
    long Id, string Keep, string Merged, string MergedName, double Score, IReadOnlyList<MatchEvidence> Evidence,
    string MergedBy, string MergedAt, string? UnmergedBy, string? UnmergedAt)
{
    /// <summary>Whether the merge is in force (not undone).</summary>
    public bool InForce => UnmergedAt is null;
}
