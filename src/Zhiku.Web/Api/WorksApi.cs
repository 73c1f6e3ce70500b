using Microsoft.AspNetCore.Http.HttpResults;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Reading;

namespace Zhiku.Web.Api;

/// <summary><c>GET /api/v1/works/{id}</c>: a work with its provenance; 404 alike for what is missing and what the caller may not see.</summary>
internal static class WorksApi
{
    public static IEndpointRouteBuilder MapWorksApi(this IEndpointRouteBuilder api)
    {
        api.MapGroup("/works").WithTags("Works").MapGet("/{id}", Work).WithSummary("A work with authors, identifiers and the provenance of each field");
        return api;
    }

    public static Results<Ok<WorkDetails>, NotFound> Work(string id, ApiCaller caller, KnowledgeBase kb)
    {
        var read = kb.Read(caller.Value);
        return read.Work(id) is { } work ? TypedResults.Ok(work) : TypedResults.NotFound();
    }
}
