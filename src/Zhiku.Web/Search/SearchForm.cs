using System.Globalization;
using System.Text;
using Zhiku.Search;

namespace Zhiku.Web.Search;

/// <summary>A search as the page and the API take it from the query string: q, f=facet:value (repeatable), sort, page, from and to (years), entity (the page's tab).</summary>
internal sealed record SearchForm(string Query, IReadOnlyList<KeyValuePair<string, string>> Filters, SearchSort Sort, int Page, int Size)
{
    public const int DefaultSize = 20;

    /// <summary>The first year of the from–to range (inclusive), or null.</summary>
    public int? YearFrom { get; init; }

    /// <summary>The last year of the from–to range (inclusive), or null.</summary>
    public int? YearTo { get; init; }

    /// <summary>What the search page shows: works (the default) or one registry's entities, so a tab can be bookmarked.</summary>
    public SearchEntity Entity { get; init; }

    /// <summary>The search of a page's query string; a page or size that is not a number is the default.</summary>
    public static SearchForm From(IQueryCollection query) =>
        From(query["q"].ToString(), query["f"], query["sort"].ToString(), ParseInt(query["page"].ToString()), ParseInt(query["size"].ToString()))
        with
        {
            YearFrom = SearchRequestValues.Year("from", query["from"].ToString()),
            YearTo = SearchRequestValues.Year("to", query["to"].ToString()),
            Entity = SearchRequestValues.Entity(query["entity"].ToString()),
        };

    /// <summary>The search of parameters bound one by one (the API's).</summary>
    public static SearchForm From(string? q, IEnumerable<string?> f, string? sort, int? page, int? size)
    {
        List<KeyValuePair<string, string>> filters = [.. f.Select(filter => SearchRequestValues.Filter(filter))];
        return new SearchForm(q ?? string.Empty, filters, SearchRequestValues.Sort(sort), Math.Max(1, page ?? 1), Math.Clamp(size ?? DefaultSize, 1, 100));
    }

    public SearchRequest ToRequest() => new()
    {
        Query = Query.Length == 0 ? "*" : Query,
        Filters = Filters.GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal),
        Sort = Sort,
        Offset = (Page - 1) * Size,
        Limit = Size,
        FacetSize = 10,
        YearFrom = YearFrom,
        YearTo = YearTo,
    };

    public bool Has(string facet, string value) => Filters.Any(p => p.Key == facet && p.Value == value);

    /// <summary>This search's URL with a change: a filter added or removed, another sort, another page.</summary>
    public string Url(string? toggleFacet = null, string? toggleValue = null, SearchSort? sort = null, int? page = null) =>
        Url(toggleFacet, toggleValue, sort, page, YearFrom, YearTo);

    /// <summary>
    /// This search's URL on another tab (works or an entity), from the first page. A classification filter (f=tag:CODE)
    /// belongs to the tab it was chosen on: another tab's URL leaves it out, so that tab lists what its count says.
    /// </summary>
    public string TabUrl(SearchEntity entity) => entity == Entity
        ? Url(page: 1)
        : (this with { Entity = entity, Filters = [.. Filters.Where(p => p.Key != "tag")] }).Url(page: 1);

    /// <summary>This search's URL with another from–to year range (null, null: every year), from the first page.</summary>
    public string YearsUrl(int? from, int? to) => Url(null, null, null, 1, from, to);

    private string Url(string? toggleFacet, string? toggleValue, SearchSort? sort, int? page, int? from, int? to)
    {
        var filters = Filters.ToList();
        if (toggleFacet is not null && toggleValue is not null)
        {
            var existing = filters.FindIndex(p => p.Key == toggleFacet && p.Value == toggleValue);
            if (existing >= 0)
            {
                filters.RemoveAt(existing);
            }
            else
            {
                filters.RemoveAll(p => p.Key == toggleFacet);
                filters.Add(new(toggleFacet, toggleValue));
            }
        }

        var url = new StringBuilder("/?q=").Append(Uri.EscapeDataString(Query));
        foreach (var (facet, value) in filters)
        {
            url.Append("&f=").Append(Uri.EscapeDataString(facet + ":" + value));
        }

        var newSort = sort ?? Sort;
        if (newSort != SearchSort.Relevance)
        {
            url.Append("&sort=").Append(newSort.ToString().ToLowerInvariant());
        }

        AppendYears(url, from, to);
        if (Entity != SearchEntity.Works)
        {
            url.Append("&entity=").Append(SearchRequestValues.EntityNames[(int)Entity]);
        }

        if (Size != DefaultSize)
        {
            url.Append("&size=").Append(Size.ToString(CultureInfo.InvariantCulture));
        }

        var newPage = page ?? (toggleFacet is null && sort is null ? Page : 1);
        if (newPage > 1)
        {
            url.Append("&page=").Append(newPage.ToString(CultureInfo.InvariantCulture));
        }

        return url.ToString();
    }

    /// <summary>The export of exactly this search (query, filters, sort; all pages) in a format, text in an encoding when named.</summary>
    public string ExportUrl(string format, string? encoding = null)
    {
        var url = new StringBuilder("/api/v1/exports?format=").Append(Uri.EscapeDataString(format))
            .Append("&q=").Append(Uri.EscapeDataString(Query));
        foreach (var (facet, value) in Filters)
        {
            url.Append("&f=").Append(Uri.EscapeDataString(facet + ":" + value));
        }

        AppendYears(url, YearFrom, YearTo);
        if (encoding is not null)
        {
            url.Append("&encoding=").Append(Uri.EscapeDataString(encoding));
        }

        return url.Append("&sort=").Append(Sort.ToString().ToLowerInvariant()).ToString();
    }

    private static void AppendYears(StringBuilder url, int? from, int? to)
    {
        if (from is { } f)
        {
            url.Append("&from=").Append(f.ToString(CultureInfo.InvariantCulture));
        }

        if (to is { } t)
        {
            url.Append("&to=").Append(t.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static int? ParseInt(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}
