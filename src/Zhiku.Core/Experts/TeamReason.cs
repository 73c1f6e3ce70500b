namespace Zhiku.Experts;

/// <summary>
/// Why a candidate is not a member: a code and its values, so a page can say it in the reader's language, and the
/// English sentence the API and the CLI have always given.
/// </summary>
public sealed record TeamReason(string Code, IReadOnlyList<string> Values, string Text)
{
    /// <summary>Named in the listed conflicts; values: the name or id as listed.</summary>
    public const string ListedConflict = "listed-conflict";

    /// <summary>The person whose co-authors are excluded; values: their id, the name or id as given.</summary>
    public const string NamedPerson = "named-person";

    /// <summary>A recent co-author of that person; values: the work, its year, the person's id, the years, the year counted from.</summary>
    public const string CoAuthor = "co-author";

    /// <summary>Their record names an excluded organisation; values: the organisation, the affiliation.</summary>
    public const string Affiliated = "affiliated";

    /// <summary>A work of theirs names an excluded organisation; values: the organisation, the work, the affiliation.</summary>
    public const string AffiliatedOnWork = "affiliated-on-work";

    /// <summary>The team was full before their needs were covered; values: the size, the needs still open.</summary>
    public const string TeamFull = "team-full";

    /// <summary>The members already cover their needs; values: their needs, the members who cover them.</summary>
    public const string Covered = "covered";
}
