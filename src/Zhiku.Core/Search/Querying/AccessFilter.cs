using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Zhiku.Access;

namespace Zhiku.Search.Querying;

/// <summary>
/// The caller's access as part of the query: hits, totals, facet counts and snippets are computed only over the
/// documents this filter lets through. Null for the data directory's owner.
/// </summary>
internal static class AccessFilter
{
    // One filter per distinct access situation: a CachingWrapperFilter keeps its bit sets per index segment, so reusing
    // the instance spares every later query of the same kind of caller a pass over the access postings.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Filter> Cache = new(StringComparer.Ordinal);

    public static Filter? For(Caller caller)
    {
        if (caller.IsDataOwner)
        {
            return null;
        }

        var key = Key(caller);
        if (Cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (Cache.Count > 10_000)
        {
            Cache.Clear();
        }

        return Cache.GetOrAdd(key, _ => Build(caller));
    }

    /// <summary>A string naming what the caller may see: callers with equal keys see the same documents.</summary>
    public static string Key(Caller caller) =>
        caller.IsDataOwner
            ? "owner"
            : string.Create(CultureInfo.InvariantCulture,
                $"{caller.OrganisationId}|{caller.MaySeeRestricted}|{string.Join(',', caller.SharingOrganisations.Order())}");

    private static Filter Build(Caller caller)
    {
        var visible = new BooleanQuery(disableCoord: true)
        {
            { new TermQuery(new Term(SearchFields.Access, "public")), Occur.SHOULD },
        };

        if (caller.OrganisationId is { } org)
        {
            var own = new BooleanQuery(disableCoord: true)
            {
                { Owner(org), Occur.MUST },
            };
            var levels = new BooleanQuery(disableCoord: true)
            {
                { new TermQuery(new Term(SearchFields.Access, "shared")), Occur.SHOULD },
                { new TermQuery(new Term(SearchFields.Access, "internal")), Occur.SHOULD },
            };
            if (caller.MaySeeRestricted)
            {
                levels.Add(new TermQuery(new Term(SearchFields.Access, "restricted")), Occur.SHOULD);
            }

            own.Add(levels, Occur.MUST);
            visible.Add(own, Occur.SHOULD);

            if (caller.SharingOrganisations.Count > 0)
            {
                var partners = new BooleanQuery(disableCoord: true);
                foreach (var partner in caller.SharingOrganisations)
                {
                    partners.Add(Owner(partner), Occur.SHOULD);
                }

                visible.Add(new BooleanQuery(disableCoord: true)
                {
                    { new TermQuery(new Term(SearchFields.Access, "shared")), Occur.MUST },
                    { partners, Occur.MUST },
                }, Occur.SHOULD);
            }
        }

        return new CachingWrapperFilter(new QueryWrapperFilter(visible));
    }

    private static TermQuery Owner(long org) =>
        new(new Term(SearchFields.Owner, org.ToString(CultureInfo.InvariantCulture)));
}
