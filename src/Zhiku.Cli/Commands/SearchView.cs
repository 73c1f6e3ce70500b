using System.Globalization;
using Zhiku.Search;

namespace Zhiku.Cli.Commands;

/// <summary>The output of <c>zhiku search</c>, the same for a data directory and a server (whose API answers this shape).</summary>
internal sealed record SearchOutput(int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets, IReadOnlyList<YearCount>? Years)
{
    public static SearchOutput From(SearchResult result) => new(result.Total, result.Hits, result.Facets, result.Years);

    /// <summary>Writes the result lines, from hit number <paramref name="offset"/> + 1.</summary>
    public void WriteText(TextWriter o, int offset)
    {
        o.WriteLine($"{Total} result(s)");
        var n = offset;
        foreach (var hit in Hits)
        {
            o.WriteLine($"{++n,4}. [{hit.Id}] {hit.Title} ({hit.Year?.ToString(CultureInfo.InvariantCulture) ?? "n.d."}) {hit.Kind}");
            if (hit.Authors.Count > 0 || hit.Source is not null)
            {
                o.WriteLine($"      {string.Join("; ", hit.Authors.Take(5))}{(hit.Authors.Count > 5 ? " et al." : string.Empty)}{(hit.Source is null ? string.Empty : " — " + hit.Source)}");
            }

            if (hit.Snippet.Length > 0)
            {
                o.WriteLine($"      {System.Net.WebUtility.HtmlDecode(hit.Snippet.Replace("<em>", "[", StringComparison.Ordinal).Replace("</em>", "]", StringComparison.Ordinal))}");
            }
        }

        foreach (var (facet, values) in Facets.Where(f => f.Value.Count > 0))
        {
            o.WriteLine($"{facet}: " + string.Join(", ", values.Take(8).Select(v => $"{v.Key} ({v.Value})")));
        }
    }
}
