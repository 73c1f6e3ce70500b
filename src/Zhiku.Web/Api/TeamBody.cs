using Zhiku.Experts;

namespace Zhiku.Web.Api;

/// <summary>
/// The JSON body of <c>POST /api/v1/experts/teams</c>: needs as a list or one "a; b; c" text, the size, and the
/// exclusions (organisations, a person whose recent co-authors conflict, listed conflicts).
/// </summary>
internal sealed record TeamBody(
    IReadOnlyList<string>? Needs,
    string? Need,
    int? Size,
    bool RequireResearchAndPolicy,
    IReadOnlyList<string>? ExcludeOrgs,
    string? ExcludeCoauthorsOf,
    int? WithinYears,
    IReadOnlyList<string>? Conflicts)
{
    public TeamRequest ToRequest() => new()
    {
        Needs = [.. (Needs ?? []).Concat(TeamNeeds.Split(Need))],
        Size = Size ?? 3,
        RequireResearchAndPolicy = RequireResearchAndPolicy,
        ExcludeOrganisations = ExcludeOrgs ?? [],
        ExcludeCoAuthorsOf = ExcludeCoauthorsOf,
        WithinYears = WithinYears ?? 5,
        Conflicts = Conflicts ?? [],
    };
}
