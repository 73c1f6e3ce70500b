using System.ComponentModel;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Enriching;
using Zhiku.Model;
using Zhiku.Web.Accounts;
using Zhiku.Web.Localization;

namespace Zhiku.Web.Api;

/// <summary>
/// The review queue of machine-made enrichments: anyone lists the enrichments of the works they may see (the works'
/// own access rule); curators (administrators and managers, with a bearer token) accept or reject them singly or in
/// bulk by confidence. Only accepted values count in search, facets and analyses. Problems are in the reader's language.
/// </summary>
internal static class EnrichmentApi
{
    public static IEndpointRouteBuilder MapEnrichmentApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/enrichments").WithTags("Enrichments");
        group.MapGet("", List).WithSummary("Machine-made enrichments of the works you may see, most confident first, with their model, confidence and review state");
        group.MapPost("/{id:long}/accept", Accept).RequireAuthorization(Policies.ApiCurate)
            .WithSummary("Accept an enrichment: it counts in search, facets and analyses from now on");
        group.MapPost("/{id:long}/reject", Reject).RequireAuthorization(Policies.ApiCurate)
            .WithSummary("Reject an enrichment: it does not count and the same model version does not propose it again");
        group.MapPost("/review", Review).RequireAuthorization(Policies.ApiCurate)
            .WithSummary("Accept the proposals above a confidence and reject those below another, among those a filter finds (JSON body {\"field\": \"keywords\", \"q\": \"kind:policy-document\", \"acceptAbove\": 0.8, \"rejectBelow\": 0.2})");
        return api;
    }

    public static Results<Ok<EnrichmentList>, ProblemHttpResult> List([AsParameters] EnrichmentParameters parameters, ApiCaller caller, KnowledgeBase kb, Texts texts)
    {
        var filter = parameters.Filter();
        return EnrichmentInput.Problem(texts, filter) is { } problem
            ? Problem(texts, problem, StatusCodes.Status400BadRequest)
            : TypedResults.Ok(new EnrichmentQueue(kb).List(caller.Value, filter, Math.Max(0, parameters.Offset ?? 0), Math.Clamp(parameters.Limit ?? 50, 1, 1000)));
    }

    public static Results<Ok<WorkEnrichment>, ProblemHttpResult> Accept([Description("The enrichment's id.")] long id, ApiCaller caller, KnowledgeBase kb, ClaimsPrincipal actor, Texts texts) =>
        Decide(id, EnrichmentStates.Accepted, caller, kb, actor, texts);

    public static Results<Ok<WorkEnrichment>, ProblemHttpResult> Reject([Description("The enrichment's id.")] long id, ApiCaller caller, KnowledgeBase kb, ClaimsPrincipal actor, Texts texts) =>
        Decide(id, EnrichmentStates.Rejected, caller, kb, actor, texts);

    public static Results<Ok<EnrichmentReview>, ProblemHttpResult> Review(EnrichmentReviewRequest request, ApiCaller caller, KnowledgeBase kb, ClaimsPrincipal actor, Texts texts)
    {
        var filter = new EnrichmentFilter
        {
            Field = EnrichmentInput.Given(request.Field),
            Model = EnrichmentInput.Given(request.Model),
            Query = EnrichmentInput.Given(request.Q),
            MinConfidence = request.MinConfidence,
            MaxConfidence = request.MaxConfidence,
        };
        return (EnrichmentInput.Problem(texts, filter) ?? EnrichmentInput.Problem(texts, request.AcceptAbove, request.RejectBelow)) is { } problem
            ? Problem(texts, problem, StatusCodes.Status400BadRequest)
            : TypedResults.Ok(new EnrichmentQueue(kb).Review(caller.Value, filter, request.AcceptAbove, request.RejectBelow, Curator(actor)));
    }

    private static Results<Ok<WorkEnrichment>, ProblemHttpResult> Decide(long id, string state, ApiCaller caller, KnowledgeBase kb, ClaimsPrincipal actor, Texts texts)
    {
        var queue = new EnrichmentQueue(kb);
        return queue.Find(caller.Value, id) is null
            ? Problem(texts, texts.Format("enrichments.not-found", id), StatusCodes.Status404NotFound)
            : TypedResults.Ok(queue.Decide(caller.Value, id, state, Curator(actor)));
    }

    private static ProblemHttpResult Problem(Texts texts, string detail, int status) =>
        TypedResults.Problem(detail, statusCode: status, title: texts["enrichments.problem"]);

    private static string Curator(ClaimsPrincipal actor) => actor.Identity?.Name ?? "unknown";
}
