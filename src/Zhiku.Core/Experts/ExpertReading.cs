using Zhiku.Knowledge.Reading;

namespace Zhiku.Experts;

/// <summary>Expertise profiles, expert finding and team assembly, read through a caller's session (what they cannot see is no evidence).</summary>
public static class ExpertReading
{
    /// <summary>A person's expertise profile, or null when the person is unknown or hidden from the caller.</summary>
    public static ExpertiseProfile? Expertise(this ReadSession read, string personId)
    {
        using var db = read.Open();
        return ExpertiseProfiler.Build(db, personId, read.Caller);
    }

    /// <summary>The experts on a topic, best first (at most <paramref name="limit"/>).</summary>
    public static ExpertList FindExperts(this ReadSession read, string query, int limit = 10, ExpertRanking? ranking = null) =>
        ExpertFinder.Find(read, query, limit, ranking ?? ExpertRanking.Default);

    /// <summary>A team covering the needs (greedy set cover, preferring connected members), with conflicts excluded and every omission explained.</summary>
    public static Team AssembleTeam(this ReadSession read, TeamRequest request) => TeamAssembler.Assemble(read, request);
}
