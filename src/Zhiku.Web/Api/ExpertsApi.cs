using Microsoft.AspNetCore.Http.HttpResults;
using Zhiku.Experts;
using Zhiku.Knowledge;

namespace Zhiku.Web.Api;

/// <summary>
/// Expertise: a person's expertise profile, the experts on a topic and team assembly, from the works the caller may
/// see (a hidden work is no evidence), in the JSON of <c>zhiku experts find|team --json</c>.
/// </summary>
internal static class ExpertsApi
{
    public static IEndpointRouteBuilder MapExpertsApi(this IEndpointRouteBuilder api)
    {
        var experts = api.MapGroup("/experts").WithTags("Experts");
        experts.MapGet("/", Find)
            .WithSummary("The experts on a topic, best first, each with the works that support the score")
            .WithDescription("Document-centric ranking: the works a search finds vote for their authors. An empty query answers 400 with problem details.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        experts.MapPost("/teams", AssembleTeam)
            .WithSummary("Assemble a team covering the needs, with its communication cost and who was left out and why")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGroup("/people").WithTags("People").MapGet("/{id}/expertise", Expertise)
            .WithSummary("A person's expertise profile: topics, projects, policy outputs, roles, each traced to its records");
        return api;
    }

    public static Ok<ExpertList> Find([AsParameters] ExpertParameters parameters, ApiCaller caller, KnowledgeBase kb) =>
        TypedResults.Ok(kb.Read(caller.Value).FindExperts(parameters.Q ?? string.Empty, Math.Clamp(parameters.Limit ?? 10, 1, 100)));

    public static Ok<Team> AssembleTeam(TeamBody body, ApiCaller caller, KnowledgeBase kb) =>
        TypedResults.Ok(kb.Read(caller.Value).AssembleTeam(body.ToRequest()));

    public static Results<Ok<ExpertiseProfile>, NotFound> Expertise(string id, ApiCaller caller, KnowledgeBase kb) =>
        kb.Read(caller.Value).Expertise(id) is { } profile ? TypedResults.Ok(profile) : TypedResults.NotFound();
}
