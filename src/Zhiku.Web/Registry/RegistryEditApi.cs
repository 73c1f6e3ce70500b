using System.ComponentModel;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Zhiku.Knowledge;
using Zhiku.Registry;
using Zhiku.Web.Accounts;
using Zhiku.Web.Api;
using Zhiku.Web.Localization;

namespace Zhiku.Web.Registry;

/// <summary>
/// Create, edit, history and restore of people, organisations and projects: <c>POST /api/v1/{kind}</c>,
/// <c>PUT …/{id}</c> (the revision edited in the body's "revision" or the query; 409 when stale),
/// <c>GET …/{id}/history</c> and <c>POST …/{id}/history/{version}/restore</c>. Changes take a bearer token of an
/// administrator, manager or analyst; problems are in the reader's language.
/// </summary>
internal static class RegistryEditApi
{
    public static IEndpointRouteBuilder MapRegistryEditApi(this IEndpointRouteBuilder api)
    {
        foreach (var kind in RegistryKind.All)
        {
            var group = api.MapGroup("/" + kind.Route).WithTags(char.ToUpperInvariant(kind.Route[0]) + kind.Route[1..]);
            group.MapPost("/", (JsonObject body, ApiCaller caller, ClaimsPrincipal user, KnowledgeBase kb, Texts texts) => Create(kind, body, Actor(caller, user), kb, texts))
                .RequireAuthorization(Policies.ApiImport)
                .WithName("create-" + kind.Entity)
                .WithSummary($"Create a {kind.Entity} (JSON body with the record's fields and the access level; internal by default)");
            group.MapPut("/{id}", ([Description("The record's id.")] string id, JsonObject body,
                    [FromQuery(Name = "revision"), Description("The revision edited (or \"revision\" in the body); a stale one answers 409.")] long? revision,
                    ApiCaller caller, ClaimsPrincipal user, KnowledgeBase kb, Texts texts) => Edit(kind, id, body, revision, Actor(caller, user), kb, texts))
                .RequireAuthorization(Policies.ApiImport)
                .WithName("edit-" + kind.Entity)
                .WithSummary($"Edit a {kind.Entity}: the fields given change, the others stay")
                .WithDescription("The body's \"revision\" (or the revision parameter) is the revision the caller edited, as the history or the last save gave it; 409 when the record changed since.");
            group.MapGet("/{id}/history", ([Description("The record's id.")] string id, ApiCaller caller, ClaimsPrincipal user, KnowledgeBase kb) => History(kind, id, Actor(caller, user), kb))
                .RequireAuthorization(Policies.SignedIn)
                .WithName("history-" + kind.Entity)
                .WithSummary($"The versions of a {kind.Entity}: who, when, what changed, with the imported record and the curated fields");
            group.MapPost("/{id}/history/{version:int}/restore", ([Description("The record's id.")] string id, [Description("The version to restore.")] int version,
                    [FromQuery(Name = "revision"), Description("The revision restored over; a stale one answers 409.")] long? revision,
                    ApiCaller caller, ClaimsPrincipal user, KnowledgeBase kb, Texts texts) => Restore(kind, id, version, revision, Actor(caller, user), kb, texts))
                .RequireAuthorization(Policies.ApiImport)
                .WithName("restore-" + kind.Entity)
                .WithSummary($"Make an earlier version of a {kind.Entity} current again, as a new version");
        }

        return api;
    }

    private static RegistryActor Actor(ApiCaller caller, ClaimsPrincipal user) => RegistryActors.Of(caller.Value, user);

    private static Results<Created<RegistrySaved>, ProblemHttpResult> Create(RegistryKind kind, JsonObject body, RegistryActor actor, KnowledgeBase kb, Texts texts)
    {
        try
        {
            var saved = new RegistryEditor(kb).Create(actor, kind, Change(body, null));
            return TypedResults.Created($"/api/v1/{kind.Route}/{saved.Id}", saved);
        }
        catch (RegistryEditException e)
        {
            return RegistryProblems.Of(e, texts);
        }
    }

    private static Results<Ok<RegistrySaved>, ProblemHttpResult> Edit(RegistryKind kind, string id, JsonObject body, long? revision, RegistryActor actor, KnowledgeBase kb, Texts texts)
    {
        try
        {
            return TypedResults.Ok(new RegistryEditor(kb).Edit(actor, kind, id, Change(body, revision)));
        }
        catch (RegistryEditException e)
        {
            return RegistryProblems.Of(e, texts);
        }
    }

    private static Results<Ok<EntityHistory>, NotFound> History(RegistryKind kind, string id, RegistryActor actor, KnowledgeBase kb) =>
        new RegistryEditor(kb).History(actor, kind, id) is { } history ? TypedResults.Ok(history) : TypedResults.NotFound();

    private static Results<Ok<RegistrySaved>, ProblemHttpResult> Restore(RegistryKind kind, string id, int version, long? revision, RegistryActor actor, KnowledgeBase kb, Texts texts)
    {
        try
        {
            return TypedResults.Ok(new RegistryEditor(kb).Restore(actor, kind, id, version, revision));
        }
        catch (RegistryEditException e)
        {
            return RegistryProblems.Of(e, texts);
        }
    }

    // "access" and "revision" are the request's own; every other property is a field of the record.
    private static RegistryChange Change(JsonObject body, long? query)
    {
        var fields = new JsonObject();
        string? access = null;
        var revision = query;
        foreach (var (name, value) in body)
        {
            switch (name)
            {
                case "access":
                    access = value?.ToString() ?? "";
                    break;
                case "revision":
                    revision ??= value is JsonValue v && v.TryGetValue<long>(out var n) ? n
                        : long.TryParse(value?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
                    break;
                default:
                    fields[name] = value?.DeepClone();
                    break;
            }
        }

        return new RegistryChange(fields, access, revision);
    }
}
