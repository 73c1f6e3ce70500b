using Microsoft.AspNetCore.Http.HttpResults;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Reading;
using Zhiku.Web.Accounts;

namespace Zhiku.Web.Api;

/// <summary><c>GET /api/v1/works/{id}</c>: a work with its provenance; 404 alike for what is missing and what the caller may not see.</summary>
internal static class WorksApi
{
    public static IEndpointRouteBuilder MapWorksApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/works").WithTags("Works").MapGet("/{id}", Work).WithSummary("A work with authors, identifiers and the provenance of each field");
        return app;
    }

    public static Results<Ok<WorkDetails>, NotFound> Work(string id, HttpContext context, KnowledgeBase kb)
    {
        var read = kb.Read(context.Caller());
        return read.Work(id) is { } work ? TypedResults.Ok(work) : TypedResults.NotFound();
    }
}
