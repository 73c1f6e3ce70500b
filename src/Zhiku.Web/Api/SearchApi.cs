using Microsoft.AspNetCore.Http.HttpResults;
using Zhiku.Knowledge;
using Zhiku.Web.Search;

namespace Zhiku.Web.Api;

/// <summary><c>GET /api/v1/search</c>: the search of the core, as the caller may see it, in the JSON of <c>zhiku search --json</c>.</summary>
internal static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder api)
    {
        api.MapGroup("/search").WithTags("Search").MapGet("/", Search)
            .WithSummary("Search works")
            .WithDescription("A query the syntax cannot read answers 400 with problem details saying, in the caller's language, what is wrong and where (kind, position).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    public static Ok<SearchJson> Search([AsParameters] SearchParameters parameters, ApiCaller caller, KnowledgeBase kb) =>
        TypedResults.Ok(SearchJson.From(kb.Read(caller.Value).Search(parameters.ToRequest())));
}
