namespace Zhiku.Experts;

/// <summary>What a team must cover, how large it may be, and whom it must not include.</summary>
public sealed record TeamRequest
{
    /// <summary>The topics the team must cover, one query each (as for expert finding).</summary>
    public required IReadOnlyList<string> Needs { get; init; }

    /// <summary>The largest team.</summary>
    public int Size { get; init; } = 3;

    /// <summary>The team must hold research experience and policy experience (from works and roles).</summary>
    public bool RequireResearchAndPolicy { get; init; }

    /// <summary>Organisations (by name) whose people are excluded: the evaluated units.</summary>
    public IReadOnlyList<string> ExcludeOrganisations { get; init; } = [];

    /// <summary>A person (id or exact name) whose recent co-authors are excluded, with the person themself.</summary>
    public string? ExcludeCoAuthorsOf { get; init; }

    /// <summary>How many years back a co-authorship with <see cref="ExcludeCoAuthorsOf"/> is a conflict.</summary>
    public int WithinYears { get; init; } = 5;

    /// <summary>Listed conflicts of interest: people (ids or exact names) who must not be members.</summary>
    public IReadOnlyList<string> Conflicts { get; init; } = [];

    /// <summary>The year "within N years" counts back from (default: this year).</summary>
    public int? AsOfYear { get; init; }

    /// <summary>How many experts per need are candidates.</summary>
    public int CandidatesPerNeed { get; init; } = 10;
}
