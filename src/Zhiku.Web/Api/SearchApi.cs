using Microsoft.AspNetCore.Http.HttpResults;
using Zhiku.Knowledge;
using Zhiku.Search.Querying;
using Zhiku.Web.Accounts;
using Zhiku.Web.Search;

namespace Zhiku.Web.Api;

/// <summary><c>GET /api/v1/search</c>: the search of the core, as the caller may see it, in the JSON of <c>zhiku search --json</c>.</summary>
internal static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/search").WithTags("Search").MapGet("/", Search)
            .WithSummary("Search works")
            .WithDescription("q: the query (words, \"phrases\", AND/OR/NOT, title:, author:, keyword:, kind:, year:[2010 TO 2020]); f: facet:value filters (repeatable); sort: relevance|date|citations; page and size (1-100), or offset and limit.");
        return app;
    }

    public static Results<Ok<SearchJson>, ProblemHttpResult> Search(HttpContext context, KnowledgeBase kb)
    {
        try
        {
            var form = SearchForm.From(context.Request.Query);
            var request = form.ToRequest();
            if (int.TryParse(context.Request.Query["offset"], out var offset) || int.TryParse(context.Request.Query["limit"], out _))
            {
                var limit = int.TryParse(context.Request.Query["limit"], out var l) ? l : form.Size;
                request = request with { Offset = Math.Max(0, offset), Limit = Math.Clamp(limit, 0, 1000) };
            }

            return TypedResults.Ok(SearchJson.From(kb.Read(context.Caller()).Search(request)));
        }
        catch (Exception e) when (e is SearchSyntaxException or ArgumentException)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Bad search");
        }
    }
}
