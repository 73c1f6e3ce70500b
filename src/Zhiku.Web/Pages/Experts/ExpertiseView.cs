using Zhiku.Experts;

namespace Zhiku.Web.Pages.Experts;

/// <summary>
/// A person's expertise profile as a page shows it: in full on the person's page (every claim with the records that
/// support it), or as a summary beside an expert in the list (its claims link on to the full profile).
/// </summary>
internal sealed record ExpertiseView(ExpertiseProfile Profile, bool Compact)
{
    /// <summary>How many topics, works and projects the summary shows.</summary>
    public const int SummarySize = 3;

    /// <summary>The newest works among the research and policy evidence, newest first.</summary>
    public IReadOnlyList<ExpertEvidence> RecentWorks(int limit) =>
        [.. Profile.Experience.ResearchEvidence.Concat(Profile.PolicyOutputs)
            .Where(e => e.Id.StartsWith('W'))
            .DistinctBy(e => e.Id)
            .OrderByDescending(e => e.Year ?? 0).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Take(limit)];

    /// <summary>Where a piece of evidence is read: a work's or project's page, or the person's own record.</summary>
    public static string Href(ExpertEvidence evidence) => evidence.Id[0] switch
    {
        'W' => "/works/" + evidence.Id,
        'R' => "/projects/" + evidence.Id,
        _ => "/people/" + evidence.Id,
    };
}
