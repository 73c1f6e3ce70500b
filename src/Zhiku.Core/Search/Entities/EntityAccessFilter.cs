using Lucene.Net.Index;
using Lucene.Net.Search;
using Zhiku.Access;
using Zhiku.Storage;

namespace Zhiku.Search.Entities;

/// <summary>
/// The caller's <see cref="AccessScope"/> over entity documents: an entity matches when a grant covers its own record or
/// one of its works' owner and access level (a person is visible where one of their works is). Null for the owner.
/// </summary>
internal static class EntityAccessFilter
{
    public static Filter? For(AccessScope scope)
    {
        if (scope.SeesEverything)
        {
            return null;
        }

        var visible = new BooleanQuery(disableCoord: true);
        foreach (var grant in scope.Grants)
        {
            foreach (var level in grant.Levels.Select(AccessLevels.Name))
            {
                visible.Add(
                    grant.Owner is { } owner
                        ? new TermQuery(new Term(EntityFields.Visible, EntityFields.Pair(owner, level)))
                        : new TermQuery(new Term(EntityFields.VisibleLevel, level)),
                    Occur.SHOULD);
            }
        }

        return new QueryWrapperFilter(visible);
    }

    /// <summary>How many of an entity's works (stored "owner|level|works" values) the scope allows.</summary>
    public static int VisibleWorks(AccessScope scope, IEnumerable<string> counts)
    {
        var total = 0;
        foreach (var value in counts)
        {
            var parts = value.Split('|');
            if (parts.Length == 3 && long.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var owner)
                && scope.Allows(owner, AccessLevels.Parse(parts[1])))
            {
                total += int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return total;
    }
}
