using System.Text;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Reading;
using Zhiku.Search;

namespace Zhiku.Web.Works;

/// <summary>Works sharing keywords with a work, found through the search so that access applies.</summary>
internal static class RelatedWorks
{
    public static IReadOnlyList<SearchHit> For(ReadSession read, WorkDetails work, int limit = 8)
    {
        var keywords = work.Work.AuthorKeywords.Concat(work.Work.IndexKeywords)
            .Where(k => !string.IsNullOrWhiteSpace(k)).Distinct(StringComparer.OrdinalIgnoreCase).Take(8).ToList();
        if (keywords.Count == 0)
        {
            return [];
        }

        var query = new StringBuilder();
        foreach (var keyword in keywords)
        {
            var quoted = keyword.Replace("\\", " ", StringComparison.Ordinal).Replace("\"", " ", StringComparison.Ordinal).Trim();
            if (quoted.Length > 0)
            {
                query.Append(query.Length > 0 ? " OR " : string.Empty).Append("keyword:\"").Append(quoted).Append('"');
            }
        }

        try
        {
            var result = read.Search(new SearchRequest { Query = query.ToString(), Limit = limit + 1, FacetSize = 0, IncludeSnippets = false });
            return [.. result.Hits.Where(h => h.Id != work.Id).Take(limit)];
        }
        catch (Zhiku.Search.Querying.SearchSyntaxException)
        {
            return [];
        }
    }
}
