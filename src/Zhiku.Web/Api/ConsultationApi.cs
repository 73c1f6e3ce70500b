using System.ComponentModel;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhiku.Accounts;
using Zhiku.Consultation;
using Zhiku.Consultations;
using Zhiku.Knowledge;
using Zhiku.Web.Accounts;
using Zhiku.Web.Localization;

namespace Zhiku.Web.Api;

/// <summary>
/// Expert consultations (Delphi rounds): the owner organisation's administrators, managers and analysts set one up
/// (panel, items), open, close and publish rounds and end it; its panellists answer the open round with the previous
/// round's feedback. A consultation is not found (404) for everyone else, and a panellist never sees another's
/// identity or answers. Changes take a bearer token; problems are in the caller's language.
/// </summary>
internal static class ConsultationApi
{
    public static IEndpointRouteBuilder MapConsultationApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/consultations").WithTags("Consultations");
        group.MapGet("", List).WithSummary("The consultations the caller runs (role owner) or is a panellist of (role expert)");
        group.MapPost("", Create).RequireAuthorization(Policies.ApiConsultation)
            .WithSummary("Create a consultation of the caller's organisation (JSON body {\"topic\", \"description\", \"rule\": \"iqr<=1\", \"project\": \"R3\"})");
        group.MapGet("/{id:long}", Show).WithSummary("A consultation as its owner sees it: panel, items, rounds with statistics, who has not answered the open round");
        group.MapPost("/{id:long}/panel", AddPanellist).RequireAuthorization(Policies.ApiConsultation)
            .WithSummary("Add a registry person to the panel, bound to the user account they answer with (JSON body {\"person\": \"P12\", \"user\": \"name\", \"acceptConflict\": false})");
        group.MapPost("/{id:long}/items", AddItem).RequireAuthorization(Policies.ApiConsultation)
            .WithSummary("Add an item before round 1 (JSON body {\"kind\": \"likert|numeric|ranking|pairwise|comment\", \"text\", \"scale\", \"unit\", \"min\", \"max\", \"options\"})");
        group.MapPost("/{id:long}/rounds", OpenRound).RequireAuthorization(Policies.ApiConsultation)
            .WithSummary("Open round 1, or publish the closed round's feedback and open the next (JSON body {\"closes\": \"2026-12-31\"}, optional)");
        group.MapPost("/{id:long}/rounds/close", CloseRound).RequireAuthorization(Policies.ApiConsultation)
            .WithSummary("Close the open round: its statistics are computed and kept");
        group.MapPost("/{id:long}/end", End).RequireAuthorization(Policies.ApiConsultation)
            .WithSummary("End the consultation (an open round is closed first)");
        group.MapGet("/{id:long}/round", Round).WithSummary("The current round as a panellist answers it, with the previous round's feedback per item");
        group.MapPost("/{id:long}/answers", Answer).RequireAuthorization(Policies.ApiConsultation)
            .WithSummary("Answer or revise items of the open round (JSON body {\"answers\": [{\"item\": 1, \"value\": 4, \"comment\", \"reason\"}]}); answers that do not fit are listed, the others saved");
        return api;
    }

    public static Ok<ConsultationsJson> List(ApiCaller caller, KnowledgeBase kb, ClaimsPrincipal user) =>
        TypedResults.Ok(new ConsultationsJson(Actor(caller, user) is { } actor ? new ConsultationService(kb).List(actor) : []));

    public static Results<Created<ConsultationOverview>, ProblemHttpResult> Create(ConsultationRequest request, ApiCaller caller, KnowledgeBase kb, ClaimsPrincipal user, Texts texts) =>
        Run(texts, caller, user, actor =>
        {
            var created = new ConsultationService(kb).Create(actor, caller.Value, request.Topic ?? "", request.Description, request.Rule, request.Project);
            return TypedResults.Created($"/api/v1/consultations/{created.Id.ToString(CultureInfo.InvariantCulture)}", created);
        });

    public static Results<Ok<ConsultationOverview>, ProblemHttpResult> Show([Description("The consultation.")] long id, ApiCaller caller, KnowledgeBase kb, ClaimsPrincipal user, Texts texts) =>
        Run(texts, caller, user, actor => TypedResults.Ok(new ConsultationService(kb).Overview(actor, id)));

    public static Results<Ok<ConsultationOverview>, ProblemHttpResult> AddPanellist([Description("The consultation.")] long id, PanellistRequest request, ApiCaller caller, KnowledgeBase kb, ClaimsPrincipal user, Texts texts) =>
        Run(texts, caller, user, actor => TypedResults.Ok(new ConsultationService(kb).AddPanellist(actor, caller.Value, id, request.Person ?? "", request.User ?? "", request.AcceptConflict)));

    public static Results<Ok<ConsultationOverview>, ProblemHttpResult> AddItem([Description("The consultation.")] long id, ItemRequest request, ApiCaller caller, KnowledgeBase kb, ClaimsPrincipal user, Texts texts) =>
        Run(texts, caller, user, actor => TypedResults.Ok(new ConsultationService(kb).AddItem(
            actor, id, request.Kind ?? "", request.Text ?? "",
            new ItemSettings { Scale = request.Scale, Unit = request.Unit, Min = request.Min, Max = request.Max, Options = request.Options ?? [] })));

    public static Results<Ok<ConsultationOverview>, ProblemHttpResult> OpenRound([Description("The consultation.")] long id, RoundRequest? request, ApiCaller caller, KnowledgeBase kb, ClaimsPrincipal user, Texts texts) =>
        Run(texts, caller, user, actor => TypedResults.Ok(new ConsultationService(kb).OpenRound(actor, id, request?.Closes)));

    public static Results<Ok<ConsultationOverview>, ProblemHttpResult> CloseRound([Description("The consultation.")] long id, ApiCaller caller, KnowledgeBase kb, ClaimsPrincipal user, Texts texts) =>
        Run(texts, caller, user, actor => TypedResults.Ok(new ConsultationService(kb).CloseRound(actor, id)));

    public static Results<Ok<ConsultationOverview>, ProblemHttpResult> End([Description("The consultation.")] long id, ApiCaller caller, KnowledgeBase kb, ClaimsPrincipal user, Texts texts) =>
        Run(texts, caller, user, actor => TypedResults.Ok(new ConsultationService(kb).End(actor, id)));

    public static Results<Ok<ExpertRound>, ProblemHttpResult> Round([Description("The consultation.")] long id, ApiCaller caller, KnowledgeBase kb, ClaimsPrincipal user, Texts texts) =>
        Run(texts, caller, user, actor => TypedResults.Ok(new ConsultationService(kb).Round(actor, id)));

    public static Results<Ok<AnswersJson>, ProblemHttpResult> Answer([Description("The consultation.")] long id, AnswersRequest request, ApiCaller caller, KnowledgeBase kb, ClaimsPrincipal user, Texts texts)
    {
        List<AnswerProblemJson> problems = [];
        var saved = 0;
        var answered = Run(texts, caller, user, actor =>
        {
            var result = new ConsultationService(kb).Submit(actor, id, request.Answers ?? []);
            problems = [.. result.Problems.Select(p => new AnswerProblemJson(p.Item, p.Field, p.Code, ConsultationTexts.Explain(texts, p.Code, p.Args)))];
            saved = result.Saved;
            return TypedResults.Ok(new AnswersJson(result.Saved, problems));
        });

        // Nothing saved: the first problem is the answer (400), the others with it.
        return saved == 0 && problems.Count > 0
            ? TypedResults.Problem(problems[0].Message, statusCode: StatusCodes.Status400BadRequest, title: texts["consult.problem"],
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = problems[0].Code, ["problems"] = problems })
            : answered;
    }

    /// <summary>
    /// The actor of a consultation request: a signed-in, enabled user (the caller filter found their organisation) with
    /// whether their role runs consultations; null for anyone else, who finds no consultation.
    /// </summary>
    internal static ConsultationActor? Actor(ApiCaller caller, ClaimsPrincipal user) => Actor(caller.Value, user);

    /// <summary>The actor of a page request (the pages resolve their caller themselves), by the same rule as the API's.</summary>
    internal static ConsultationActor? Actor(Zhiku.Access.Caller caller, ClaimsPrincipal user)
    {
        if (caller.OrganisationId is not { } organisation
            || !long.TryParse(user.FindFirstValue(ZhikuClaims.UserId), NumberStyles.None, CultureInfo.InvariantCulture, out var userId))
        {
            return null;
        }

        var manages = new[] { UserRole.Administrator, UserRole.Manager, UserRole.Analyst }.Any(role => user.IsInRole(UserRoles.Name(role)));
        return new ConsultationActor(userId, organisation, manages, user.Identity?.Name ?? "unknown");
    }

    private static Results<T, ProblemHttpResult> Run<T>(Texts texts, ApiCaller caller, ClaimsPrincipal user, Func<ConsultationActor, T> action)
        where T : IResult
    {
        try
        {
            return action(Actor(caller, user) ?? throw new ConsultationException("not-found", "there is no such consultation", ""));
        }
        catch (ConsultationException e)
        {
            return TypedResults.Problem(
                ConsultationTexts.Explain(texts, e.Code, e.Args),
                statusCode: ConsultationTexts.Status(e.Code), title: texts["consult.problem"],
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = e.Code });
        }
    }
}

/// <summary>The consultations answer.</summary>
internal sealed record ConsultationsJson(IReadOnlyList<ConsultationSummary> Consultations);

/// <summary>The answers answer: how many were saved, and the ones that were not, each with its item, field and reason in the caller's language.</summary>
internal sealed record AnswersJson(int Saved, IReadOnlyList<AnswerProblemJson> Problems);

/// <summary>An answer that was not saved: its item and field, a code for clients, the reason.</summary>
internal sealed record AnswerProblemJson(int Item, string Field, string Code, string Message);

/// <summary>The body of a new consultation.</summary>
internal sealed record ConsultationRequest(string? Topic, string? Description, string? Rule, string? Project);

/// <summary>The body of a new panellist.</summary>
internal sealed record PanellistRequest(string? Person, string? User, bool AcceptConflict);

/// <summary>The body of a new item.</summary>
internal sealed record ItemRequest(string? Kind, string? Text, int? Scale, string? Unit, double? Min, double? Max, IReadOnlyList<string>? Options);

/// <summary>The body of a new round.</summary>
internal sealed record RoundRequest(string? Closes);

/// <summary>The body of answers to the open round.</summary>
internal sealed record AnswersRequest(IReadOnlyList<AnswerInput>? Answers);
