using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Zhiku.Access;
using Zhiku.Storage;

namespace Zhiku.Search.Querying;

/// <summary>
/// The caller's <see cref="AccessScope"/> as part of the query: hits, totals, facet counts and snippets are computed
/// only over the documents this filter lets through. Null for the data directory's owner.
/// </summary>
internal static class AccessFilter
{
    // One filter per distinct access situation: a CachingWrapperFilter keeps its bit sets per index segment, so reusing
    // the instance spares every later query of the same kind of caller a pass over the access postings.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Filter> Cache = new(StringComparer.Ordinal);

    public static Filter? For(Caller caller) => For(caller.Scope);

    public static Filter? For(AccessScope scope)
    {
        if (scope.SeesEverything)
        {
            return null;
        }

        if (Cache.TryGetValue(scope.Key, out var cached))
        {
            return cached;
        }

        if (Cache.Count > 10_000)
        {
            Cache.Clear();
        }

        return Cache.GetOrAdd(scope.Key, _ => new CachingWrapperFilter(new QueryWrapperFilter(Query(scope))));
    }

    /// <summary>A string naming what the caller may see: callers with equal keys see the same documents.</summary>
    public static string Key(Caller caller) => caller.Scope.Key;

    /// <summary>The scope's grants as a query: a document matches when one grant covers its owner and access level.</summary>
    public static Query Query(AccessScope scope)
    {
        var visible = new BooleanQuery(disableCoord: true);
        foreach (var grant in scope.Grants)
        {
            var levels = new BooleanQuery(disableCoord: true);
            foreach (var level in grant.Levels)
            {
                levels.Add(new TermQuery(new Term(SearchFields.Access, AccessLevels.Name(level))), Occur.SHOULD);
            }

            if (grant.Owner is { } owner)
            {
                visible.Add(new BooleanQuery(disableCoord: true)
                {
                    { new TermQuery(new Term(SearchFields.Owner, owner.ToString(CultureInfo.InvariantCulture))), Occur.MUST },
                    { levels, Occur.MUST },
                }, Occur.SHOULD);
            }
            else
            {
                visible.Add(levels, Occur.SHOULD);
            }
        }

        return visible;
    }
}
