using System.ComponentModel;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Registry;
using Zhiku.Web.Accounts;
using Zhiku.Web.Api;
using Zhiku.Web.Localization;

namespace Zhiku.Web.Registry;

/// <summary>
/// The case classification standard: <c>GET /api/v1/classification</c> for every reader (its terms name the cases'
/// tags), <c>POST</c> to add a term and <c>PUT …/{code}</c> to rename, retire or reinstate one with the bearer token
/// of an administrator or manager. Problems are in the reader's language.
/// </summary>
internal static class ClassificationApi
{
    public static IEndpointRouteBuilder MapClassificationApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/classification").WithTags("Classification");
        group.MapGet("", List).WithName("classification")
            .WithSummary("The case classification standard: its facets and every term (code, facet, names in both languages, broader term, retired)");
        group.MapPost("", Add).RequireAuthorization(Policies.ApiCurate).WithName("add-classification-term")
            .WithSummary("Add a term (JSON body {\"facet\": \"instrument\", \"code\": \"instrument.voucher\", \"nameZh\": \"创新券\", \"nameEn\": \"Innovation vouchers\", \"parent\": \"instrument.demand\"})");
        group.MapPut("/{code}", Update).RequireAuthorization(Policies.ApiCurate).WithName("edit-classification-term")
            .WithSummary("Rename a term or retire it (JSON body with nameZh, nameEn and/or retired); a retired term stays on the cases it tags");
        return api;
    }

    public static Ok<ClassificationJson> List(
        ApiCaller caller, KnowledgeBase kb,
        [FromQuery(Name = "facet"), Description("Only the terms of this facet: field, instrument, region or level.")] string? facet,
        [FromQuery(Name = "retired"), Description("Whether retired terms are listed too (default true: old cases still carry them).")] bool? retired)
    {
        var terms = kb.Read(caller.Value).Classification()
            .Where(t => (facet is null || t.Facet == facet) && ((retired ?? true) || !t.Retired)).ToList();
        return TypedResults.Ok(new ClassificationJson(ClassificationFacets.All, terms));
    }

    public static Results<Created<ClassificationTerm>, ProblemHttpResult> Add(JsonObject body, ApiCaller caller, ClaimsPrincipal user, KnowledgeBase kb, Texts texts)
    {
        try
        {
            var facet = Text(body, "facet") ?? "";
            var term = new ClassificationTerm(Text(body, "code") ?? "", facet, Text(body, "nameZh") ?? "", Text(body, "nameEn") ?? "", Text(body, "parent"));
            var added = new ClassificationEditor(kb).Add(RegistryActors.Of(caller.Value, user), term);
            return TypedResults.Created($"/api/v1/classification/{added.Code}", added);
        }
        catch (RegistryEditException e)
        {
            return RegistryProblems.Of(e, texts);
        }
    }

    public static Results<Ok<ClassificationTerm>, ProblemHttpResult> Update(
        [Description("The term's code.")] string code, JsonObject body, ApiCaller caller, ClaimsPrincipal user, KnowledgeBase kb, Texts texts)
    {
        try
        {
            bool? retired = body["retired"] is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? v.GetValue<bool>() : null;
            return TypedResults.Ok(new ClassificationEditor(kb).Update(RegistryActors.Of(caller.Value, user), code, Text(body, "nameZh"), Text(body, "nameEn"), retired));
        }
        catch (RegistryEditException e)
        {
            return RegistryProblems.Of(e, texts);
        }
    }

    private static string? Text(JsonObject body, string name) =>
        body[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Trim() is { Length: > 0 } text ? text : null;
}

/// <summary>The standard's facets in order and its terms.</summary>
internal sealed record ClassificationJson(IReadOnlyList<string> Facets, IReadOnlyList<ClassificationTerm> Terms);
