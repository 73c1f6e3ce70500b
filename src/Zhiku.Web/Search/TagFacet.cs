using Zhiku.Model;

namespace Zhiku.Web.Search;

/// <summary>
/// A classification facet of a cases search: the term's code and facet, its name in the reader's language and how many
/// hits it tags; the API's <c>facets</c> and the cases tab show the same list.
/// </summary>
internal sealed record TagFacet(string Code, string Facet, string Name, int Count)
{
    /// <summary>The facets of a search's tag counts, most hits first, each named from the standard (its code when it has left it).</summary>
    public static IReadOnlyList<TagFacet> Of(IReadOnlyDictionary<string, int> tags, IReadOnlyList<ClassificationTerm> terms, string language)
    {
        var byCode = terms.ToDictionary(t => t.Code, StringComparer.Ordinal);
        return [.. tags
            .Select(p => byCode.TryGetValue(p.Key, out var term)
                ? new TagFacet(p.Key, term.Facet, term.Name(language), p.Value)
                : new TagFacet(p.Key, p.Key.Split('.')[0], p.Key, p.Value))
            .OrderByDescending(f => f.Count)
            .ThenBy(f => f.Code, StringComparer.Ordinal)];
    }
}
