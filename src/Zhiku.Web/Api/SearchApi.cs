using Microsoft.AspNetCore.Http.HttpResults;
using Zhiku.Knowledge;
using Zhiku.Search;
using Zhiku.Search.Entities;
using Zhiku.Web.Search;

namespace Zhiku.Web.Api;

/// <summary>
/// <c>GET /api/v1/search</c>: the search of the core, as the caller may see it, in the JSON of <c>zhiku search --json</c>;
/// with <c>entity=</c> people, organisations or projects in the JSON of <c>zhiku search --entity ... --json</c>.
/// </summary>
internal static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder api)
    {
        api.MapGroup("/search").WithTags("Search").MapGet("/", Search)
            .WithSummary("Search works, people, organisations or projects")
            .WithDescription("A query the syntax cannot read answers 400 with problem details saying, in the caller's language, what is wrong and where (kind, position); an unknown entity names the values allowed.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    public static Results<Ok<SearchJson>, Ok<EntitySearchJson>> Search([AsParameters] SearchParameters parameters, ApiCaller caller, KnowledgeBase kb, Localization.Texts texts)
    {
        var entity = parameters.ToEntity();
        var read = kb.Read(caller.Value);
        if (entity == SearchEntity.Works)
        {
            return TypedResults.Ok(SearchJson.From(read.Search(parameters.ToRequest())));
        }

        var result = read.SearchEntities(entity, parameters.ToRequest());
        return TypedResults.Ok(new EntitySearchJson(SearchRequestValues.EntityNames[(int)entity], result.Total, result.Hits)
        {
            Facets = entity is SearchEntity.Cases or SearchEntity.Outputs ? TagFacet.Of(result.Tags, read.Classification(), texts.Lang) : null,
        });
    }
}

/// <summary>The entities a search found: which entity, how many the caller may see, and the page of hits.</summary>
internal sealed record EntitySearchJson(string Entity, int Total, IReadOnlyList<EntityHit> Hits)
{
    /// <summary>For cases and outputs: the classification terms tagging the hits, with counts, named in the caller's language.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<TagFacet>? Facets { get; init; }
}
