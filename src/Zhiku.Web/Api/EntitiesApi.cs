using Microsoft.AspNetCore.Http.HttpResults;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Reading;
using Zhiku.Web.Accounts;

namespace Zhiku.Web.Api;

/// <summary>People, organisations and projects: each lists only the works the caller may see.</summary>
internal static class EntitiesApi
{
    public static IEndpointRouteBuilder MapEntitiesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/people").WithTags("People").MapGet("/{id}", Person).WithSummary("A person: works, co-authors, affiliations, topics");
        app.MapGroup("/api/v1/organisations").WithTags("Organisations").MapGet("/{id}", Organisation).WithSummary("An organisation: people, works, projects");
        app.MapGroup("/api/v1/projects").WithTags("Projects").MapGet("/{id}", Project).WithSummary("A project and its output works");
        return app;
    }

    public static Results<Ok<PersonDetails>, NotFound> Person(string id, HttpContext context, KnowledgeBase kb)
    {
        var read = kb.Read(context.Caller());
        return read.Person(id) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();
    }

    public static Results<Ok<OrganisationDetails>, NotFound> Organisation(string id, HttpContext context, KnowledgeBase kb)
    {
        var read = kb.Read(context.Caller());
        return read.Organisation(id) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();
    }

    public static Results<Ok<ProjectDetails>, NotFound> Project(string id, HttpContext context, KnowledgeBase kb)
    {
        var read = kb.Read(context.Caller());
        return read.Project(id) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();
    }
}
