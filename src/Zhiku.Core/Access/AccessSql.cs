using System.Globalization;

namespace Zhiku.Access;

/// <summary>
/// <see cref="Caller.MaySee"/> as an SQL condition on a row's <c>owner_org</c> and <c>access</c> columns, for counts
/// and joins that should not read every row into memory. Ids are written as integer literals (never user text).
/// </summary>
internal static class AccessSql
{
    /// <summary>A condition true for the rows of table alias <paramref name="alias"/> the caller may see.</summary>
    public static string Visible(Caller caller, string alias)
    {
        if (caller.IsDataOwner)
        {
            return "1";
        }

        var conditions = new List<string> { $"{alias}.access = 'public'" };
        if (caller.OrganisationId is { } org)
        {
            var levels = caller.MaySeeRestricted ? "'shared', 'internal', 'restricted'" : "'shared', 'internal'";
            conditions.Add($"({alias}.owner_org = {Literal(org)} AND {alias}.access IN ({levels}))");
        }

        if (caller.SharingOrganisations.Count > 0)
        {
            conditions.Add($"({alias}.access = 'shared' AND {alias}.owner_org IN ({string.Join(", ", caller.SharingOrganisations.Select(Literal))}))");
        }

        return "(" + string.Join(" OR ", conditions) + ")";
    }

    private static string Literal(long id) => id.ToString(CultureInfo.InvariantCulture);
}
