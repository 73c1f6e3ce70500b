using System.ComponentModel;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhiku.Knowledge;
using Zhiku.Registry;
using Zhiku.Web.Accounts;
using Zhiku.Web.Api;
using Zhiku.Web.Localization;

namespace Zhiku.Web.Registry;

/// <summary>
/// A project's life cycle: <c>POST /api/v1/projects/{id}/stage</c> moves it to a stage (立项, 开题, 中期检查, 结题 or
/// their English words) and <c>POST …/milestones</c> adds a milestone; both are versions in the project's history like
/// any edit (<c>PUT /api/v1/projects/{id}</c> sets the type, client, budget, team and the whole milestone list).
/// </summary>
internal static class ProjectLifecycleApi
{
    public static IEndpointRouteBuilder MapProjectLifecycleApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/projects").WithTags("Projects");
        group.MapPost("/{id}/stage", ([Description("The project's id.")] string id, ProjectStageRequest body, ApiCaller caller, ClaimsPrincipal user, KnowledgeBase kb, Texts texts) =>
                Save(texts, () => new ProjectLifecycle(kb).MoveTo(RegistryActors.Of(caller.Value, user), id, body.Stage, body.Revision)))
            .RequireAuthorization(Policies.ApiImport)
            .WithName("project-stage")
            .WithSummary("Move a project to a stage of its life cycle (JSON body: stage 立项|开题|中期检查|结题 or initiation|opening|midterm|completion, optional revision)");
        group.MapPost("/{id}/milestones", ([Description("The project's id.")] string id, ProjectMilestoneRequest body, ApiCaller caller, ClaimsPrincipal user, KnowledgeBase kb, Texts texts) =>
                Save(texts, () => new ProjectLifecycle(kb).AddMilestone(RegistryActors.Of(caller.Value, user), id, body.ToMilestone(), body.Revision)))
            .RequireAuthorization(Policies.ApiImport)
            .WithName("project-milestone")
            .WithSummary("Add a milestone to a project (JSON body: title, due yyyy-MM-dd, output the deliverable's work id, done yyyy-MM-dd, optional revision)");
        return api;
    }

    private static Results<Ok<RegistrySaved>, ProblemHttpResult> Save(Texts texts, Func<RegistrySaved> save)
    {
        try
        {
            return TypedResults.Ok(save());
        }
        catch (RegistryEditException e)
        {
            return RegistryProblems.Of(e, texts);
        }
    }
}
