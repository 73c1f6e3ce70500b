namespace Zhiku.Search.Entities;

/// <summary>
/// The fields of the entity index beside those it shares with the works index (id, kind, title, org, keyword, text,
/// ident): who may see an entity and how many works it has, per owner and access level of those works.
/// </summary>
internal static class EntityFields
{
    /// <summary>"owner|level" for the record itself and each visibility of its works; owner empty when none.</summary>
    public const string Visible = "e_vis";

    /// <summary>Every access level the entity is visible at (for grants that hold whatever the owner).</summary>
    public const string VisibleLevel = "e_level";

    /// <summary>Stored "owner|level|works" for each visibility of its works, to count what a caller may see.</summary>
    public const string WorkCounts = "e_works";

    /// <summary>The access level of the entity's own record.</summary>
    public const string Access = "e_access";

    /// <summary>A case's or an output's classification codes (stored), counted as facets and matched by the f=tag:CODE filter.</summary>
    public const string Tag = "e_tag";

    /// <summary>The facet name of the classification codes in a search's filters (f=tag:CODE).</summary>
    public const string TagFacet = "tag";

    /// <summary>All its works, for ordering a search without words.</summary>
    public const string WorksSort = "e_works_sort";

    public static string Pair(long? owner, string level) =>
        (owner?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty) + "|" + level;
}
