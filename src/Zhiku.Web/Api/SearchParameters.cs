using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Zhiku.Search;
using Zhiku.Web.Search;

namespace Zhiku.Web.Api;

/// <summary>The query string of <c>GET /api/v1/search</c>.</summary>
internal sealed record SearchParameters(
    [property: FromQuery(Name = "q"), Description("The query: words, \"phrases\", AND/OR/NOT, parentheses, title:, author:, source:, keyword:, org:, kind:, lang:, year:2020 or year:[2010 TO 2020]. Empty or * for every visible work.")]
    string? Q,
    [property: FromQuery(Name = "f"), Description("A facet:value filter (kind, year, source, keyword, org, lang, clc); repeatable.")]
    string[]? F,
    [property: FromQuery(Name = "sort"), Description("relevance (default), date or citations.")]
    string? Sort,
    [property: FromQuery(Name = "page"), Description("The page, from 1.")]
    int? Page,
    [property: FromQuery(Name = "size"), Description("Hits per page, 1-100 (default 20).")]
    int? Size,
    [property: FromQuery(Name = "offset"), Description("Instead of page: the first hit to return, from 0.")]
    int? Offset,
    [property: FromQuery(Name = "limit"), Description("Instead of size: how many hits, 0-1000.")]
    int? Limit,
    [property: FromQuery(Name = "entity"), Description("What to search: works (default), people, organisations, projects, outputs or cases. Entities answer {entity, total, hits[{id, kind, name, works, access, score}]}; cases and outputs also answer facets[{code, facet, name, count}] (classification terms named in the caller's language) and f=tag:CODE narrows them; other facets and sort apply to works only.")]
    string? Entity,
    [property: FromQuery(Name = "from"), Description("The first year of a from–to year range (inclusive); works without a year are then left out. The answer's years histogram counts every year of the search without the range.")]
    int? From = null,
    [property: FromQuery(Name = "to"), Description("The last year of a from–to year range (inclusive).")]
    int? To = null)
{
    /// <summary>The entity searched (works when the parameter is missing); an unknown one names the values allowed.</summary>
    public SearchEntity ToEntity() => SearchRequestValues.Entity(Entity);

    public SearchRequest ToRequest()
    {
        var form = SearchForm.From(Q, F ?? [], Sort, Page, Size);
        var request = form.ToRequest() with { YearFrom = YearParameter.Of("from", From), YearTo = YearParameter.Of("to", To) };
        return Offset is null && Limit is null
            ? request
            : request with { Offset = Math.Max(0, Offset ?? 0), Limit = Math.Clamp(Limit ?? form.Size, 0, 1000) };
    }
}
