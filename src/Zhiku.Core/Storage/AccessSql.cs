using System.Globalization;
using Zhiku.Access;
using Zhiku.Model;

namespace Zhiku.Storage;

/// <summary>
/// <see cref="AccessScope"/> as SQL conditions on a row's <c>owner_org</c> and <c>access</c> columns, for counts and
/// joins that should not read every row into memory. Ids are written as integer literals (never user text); the SQL
/// is plain (IN lists, EXISTS) so that any SQL store runs it.
/// </summary>
internal static class AccessSql
{
    /// <summary>A condition true for the rows of table alias <paramref name="alias"/> the caller may see.</summary>
    public static string Visible(Caller caller, string alias) => Visible(AccessScope.Of(caller), alias);

    /// <summary>A condition true for the rows of table alias <paramref name="alias"/> the scope allows.</summary>
    public static string Visible(AccessScope scope, string alias)
    {
        if (scope.SeesEverything)
        {
            return "1 = 1";
        }

        return "(" + string.Join(" OR ", scope.Grants.Select(g => Grant(g, alias))) + ")";
    }

    /// <summary>A condition true for the people (alias <paramref name="alias"/>) the scope allows: their record or one of their works.</summary>
    public static string People(AccessScope scope, string alias = "p") => scope.SeesEverything ? "1 = 1" :
        $"({Visible(scope, alias)} OR EXISTS (SELECT 1 FROM authorships a JOIN works w ON w.id = a.work_id WHERE a.person_id = {alias}.id AND {Visible(scope, "w")}))";

    /// <summary>A condition true for the import batches (alias <paramref name="alias"/>) the scope allows.</summary>
    public static string Batches(AccessScope scope, string alias = "b")
    {
        if (scope.SeesEverything)
        {
            return "1 = 1";
        }

        var owners = scope.Grants.Where(g => g.Owner is not null && g.Levels.Contains(AccessScope.BatchLevel)).Select(g => Literal(g.Owner!.Value)).ToList();
        return owners.Count == 0 ? "1 = 0" : $"{alias}.owner_org IN ({string.Join(", ", owners)})";
    }

    private static string Grant(AccessGrant grant, string alias)
    {
        var levels = grant.Levels.Count == 1
            ? $"{alias}.access = '{AccessLevels.Name(grant.Levels[0])}'"
            : $"{alias}.access IN ({string.Join(", ", grant.Levels.Select(l => $"'{AccessLevels.Name(l)}'"))})";
        return grant.Owner is { } owner ? $"({alias}.owner_org = {Literal(owner)} AND {levels})" : levels;
    }

    private static string Literal(long id) => id.ToString(CultureInfo.InvariantCulture);
}
