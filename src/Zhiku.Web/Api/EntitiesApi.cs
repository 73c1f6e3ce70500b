using Microsoft.AspNetCore.Http.HttpResults;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Reading;

namespace Zhiku.Web.Api;

/// <summary>People, organisations, projects and cases: each lists only the works the caller may see.</summary>
internal static class EntitiesApi
{
    public static IEndpointRouteBuilder MapEntitiesApi(this IEndpointRouteBuilder api)
    {
        api.MapGroup("/people").WithTags("People").MapGet("/{id}", Person).WithSummary("A person: works, co-authors, affiliations, topics");
        api.MapGroup("/organisations").WithTags("Organisations").MapGet("/{id}", Organisation).WithSummary("An organisation: people, works, projects");
        api.MapGroup("/projects").WithTags("Projects").MapGet("/{id}", Project).WithSummary("A project and its output works");
        api.MapGroup("/cases").WithTags("Cases").MapGet("/{id}", Case).WithSummary("A case: its record, its classification terms and the linked works the caller may see");
        return api;
    }

    public static Results<Ok<PersonDetails>, NotFound> Person(string id, ApiCaller caller, KnowledgeBase kb)
    {
        var read = kb.Read(caller.Value);
        return read.Person(id) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();
    }

    public static Results<Ok<OrganisationDetails>, NotFound> Organisation(string id, ApiCaller caller, KnowledgeBase kb)
    {
        var read = kb.Read(caller.Value);
        return read.Organisation(id) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();
    }

    public static Results<Ok<CaseDetails>, NotFound> Case(string id, ApiCaller caller, KnowledgeBase kb)
    {
        var read = kb.Read(caller.Value);
        return read.Case(id) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();
    }

    public static Results<Ok<ProjectDetails>, NotFound> Project(string id, ApiCaller caller, KnowledgeBase kb)
    {
        var read = kb.Read(caller.Value);
        return read.Project(id) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();
    }
}
