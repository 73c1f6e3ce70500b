using System.ComponentModel;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Zhiku.Knowledge;
using Zhiku.People;
using Zhiku.Web.Accounts;
using Zhiku.Web.Localization;

namespace Zhiku.Web.Api;

/// <summary>
/// Author disambiguation for curators (administrators and managers): candidate merges with their evidence, merges,
/// their undoing and rejected pairs. Changes need a bearer token; problems are in the reader's language.
/// </summary>
internal static class PeopleCurationApi
{
    public static IEndpointRouteBuilder MapPeopleCurationApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/people").WithTags("People");
        group.MapGet("/candidates", Candidates).RequireAuthorization(Policies.Curate)
            .WithSummary("People who may be one person, best first, with the score and the evidence");
        group.MapGet("/merges", Merges).RequireAuthorization(Policies.Curate).WithSummary("The merges made, newest first");
        group.MapPost("/merges", Merge).RequireAuthorization(Policies.ApiCurate)
            .WithSummary("Merge a person into another (JSON body {\"keep\": \"P11\", \"merge\": \"P167\"}): one person with all works");
        group.MapDelete("/merges/{id:long}", Unmerge).RequireAuthorization(Policies.ApiCurate)
            .WithSummary("Undo a merge: the merged person comes back as they were");
        group.MapPost("/rejections", Reject).RequireAuthorization(Policies.ApiCurate)
            .WithSummary("Two people are not one (JSON body {\"a\": \"P7\", \"b\": \"P139\"}): the pair is not proposed again");
        return api;
    }

    public static Ok<CandidatesJson> Candidates([AsParameters] CandidateParameters parameters, ApiCaller caller, KnowledgeBase kb) =>
        TypedResults.Ok(new CandidatesJson(new PeopleCuration(kb).Candidates(caller.Value, Math.Clamp(parameters.Limit ?? 50, 1, 1000), Math.Clamp(parameters.MinScore ?? 0.3, 0, 1))));

    public static Ok<MergesJson> Merges(ApiCaller caller, KnowledgeBase kb) =>
        TypedResults.Ok(new MergesJson(new PeopleCuration(kb).Merges()));

    public static Results<Created<PersonMerge>, ProblemHttpResult> Merge(MergeRequest request, ApiCaller caller, KnowledgeBase kb, ClaimsPrincipal actor, Texts texts) =>
        Curate(texts, () =>
        {
            var merge = new PeopleCuration(kb).Merge(caller.Value, request.Keep ?? "", request.Merge ?? "", Curator(actor));
            return TypedResults.Created($"/api/v1/people/merges/{merge.Id}", merge);
        });

    public static Results<Ok<PersonMerge>, ProblemHttpResult> Unmerge([Description("The merge to undo.")] long id, ApiCaller caller, KnowledgeBase kb, ClaimsPrincipal actor, Texts texts) =>
        Curate(texts, () => TypedResults.Ok(new PeopleCuration(kb).Unmerge(caller.Value, id, Curator(actor))));

    public static Results<NoContent, ProblemHttpResult> Reject(RejectionRequest request, ApiCaller caller, KnowledgeBase kb, ClaimsPrincipal actor, Texts texts) =>
        Curate(texts, () =>
        {
            new PeopleCuration(kb).Reject(caller.Value, request.A ?? "", request.B ?? "", Curator(actor));
            return TypedResults.NoContent();
        });

    private static Results<T, ProblemHttpResult> Curate<T>(Texts texts, Func<T> action)
        where T : IResult
    {
        try
        {
            return action();
        }
        catch (PeopleCurationException e)
        {
            return TypedResults.Problem(PeopleTexts.Explain(texts, e), statusCode: PeopleTexts.Status(e), title: texts["people.problem"],
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = e.Code });
        }
    }

    private static string Curator(ClaimsPrincipal actor) => actor.Identity?.Name ?? "unknown";
}

/// <summary>The query string of <c>GET /api/v1/people/candidates</c>.</summary>
internal sealed record CandidateParameters(
    [property: FromQuery(Name = "limit"), Description("How many candidates, 1-1000 (default 50).")]
    int? Limit,
    [property: FromQuery(Name = "minScore"), Description("Only candidates scoring at least this, 0-1 (default 0.3).")]
    double? MinScore);

/// <summary>The candidates answer.</summary>
internal sealed record CandidatesJson(IReadOnlyList<MergeCandidate> Candidates);

/// <summary>The merges answer.</summary>
internal sealed record MergesJson(IReadOnlyList<PersonMerge> Merges);

/// <summary>The body of a merge: the person kept and the person merged into them.</summary>
internal sealed record MergeRequest(string? Keep, string? Merge);

/// <summary>The body of a rejection: two people who are not one.</summary>
internal sealed record RejectionRequest(string? A, string? B);
