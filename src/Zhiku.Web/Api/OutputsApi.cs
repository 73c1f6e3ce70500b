using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhiku.Knowledge;
using Zhiku.Outputs;
using Zhiku.Outputs.Tracing;
using Zhiku.Web.Accounts;
using Zhiku.Web.Localization;

namespace Zhiku.Web.Api;

/// <summary>
/// <c>GET /api/v1/outputs/{id}</c>: an output (a work, "W42") with its conversion events; <c>POST …/events</c>: records
/// the next event (administrators, managers and analysts of the organisation that owns it), refusing in the reader's
/// language an unknown stage, a date before an earlier stage, or a 落实 document the caller cannot see;
/// <c>PUT …/tags</c>: replaces its classification tags (the same editors), a version of <c>GET …/history</c>;
/// <c>…/traces</c>: the policy documents that carry the output, which its organisation confirms as its 落实 or rejects.
/// </summary>
internal static class OutputsApi
{
    public static IEndpointRouteBuilder MapOutputsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/outputs").WithTags("Outputs");
        group.MapGet("/{id}", Output).WithSummary("An output: its work, type, project and conversion events (报送, 批示, 采纳, 落实)");
        group.MapPost("/{id}/events", Record).RequireAuthorization(Policies.Import)
            .WithSummary("Record a conversion event of the output (JSON body with the stage submitted|instructed|adopted|implemented, its day yyyy-MM-dd and the stage's facts)");
        group.MapPut("/{id}/tags", SetTags).RequireAuthorization(Policies.Import)
            .WithSummary("Replace the output's classification tags (JSON body {tags: [codes or the terms' Chinese or English names]}); each change is a version of its history");
        group.MapGet("/{id}/history", History).WithSummary("The versions of an output's classification tags: who, when and the codes (the first is what the import gave)");
        group.MapGet("/{id}/traces", Traces)
            .WithSummary("The influence traces of an output: later policy documents you may see that refer to it or reuse its text, with the passages side by side and their similarity; rejected ones are left out");
        group.MapPost("/{id}/traces/{documentId}/confirm", Confirm).RequireAuthorization(Policies.Import)
            .WithSummary("Confirm a trace: record the policy document as the output's implementation (落实), dated by the document");
        group.MapPost("/{id}/traces/{documentId}/reject", Reject).RequireAuthorization(Policies.Import)
            .WithSummary("Reject a trace: the policy document is not proposed for the output again");
        return api;
    }

    public static Results<Ok<OutputDetails>, NotFound, ProblemHttpResult> SetTags(
        string id, OutputTagsRequest request, ApiCaller caller, ClaimsPrincipal user, KnowledgeBase kb, Texts texts)
    {
        try
        {
            return TypedResults.Ok(kb.SetOutputTags(caller.Value, id, request.Tags ?? [], user.Identity?.Name ?? "api"));
        }
        catch (OutputEventException e) when (e.Refusal == OutputEventRefusal.UnknownOutput)
        {
            return TypedResults.NotFound();
        }
        catch (OutputEventException e)
        {
            return TypedResults.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = e.Refusal == OutputEventRefusal.NotYours ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest,
                Title = texts["problem.badInput"],
                Detail = texts.Format("output.refusal." + e.Refusal, e.Field, e.Value ?? id),
                Extensions = { ["parameter"] = e.Field, ["refusal"] = char.ToLowerInvariant(e.Refusal.ToString()[0]) + e.Refusal.ToString()[1..] },
            });
        }
    }

    public static Results<Ok<IReadOnlyList<OutputTagVersion>>, NotFound> History(string id, ApiCaller caller, KnowledgeBase kb) =>
        kb.Read(caller.Value).OutputHistory(id) is { } versions ? TypedResults.Ok(versions) : TypedResults.NotFound();

    public static Results<Ok<OutputTraces>, NotFound> Traces(string id, ApiCaller caller, KnowledgeBase kb, CancellationToken cancellationToken) =>
        kb.Read(caller.Value).OutputTraces(id, cancellationToken) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();

    public static Results<Created<OutputDetails>, NotFound, ProblemHttpResult> Confirm(
        string id, string documentId, ApiCaller caller, ClaimsPrincipal user, KnowledgeBase kb, Texts texts)
    {
        try
        {
            var recorded = kb.ConfirmTrace(caller.Value, id, documentId, user.Identity?.Name ?? "api", texts.Format("outputtrace.evidence", documentId));
            return TypedResults.Created($"/api/v1/outputs/{recorded.Id}", recorded);
        }
        catch (OutputEventException e) when (e.Refusal == OutputEventRefusal.UnknownOutput)
        {
            return TypedResults.NotFound();
        }
        catch (OutputEventException e)
        {
            return Refused(e, new OutputEventRequest("implemented", null, ImplementedBy: documentId), id, texts);
        }
    }

    public static Results<NoContent, NotFound, ProblemHttpResult> Reject(
        string id, string documentId, ApiCaller caller, ClaimsPrincipal user, KnowledgeBase kb, Texts texts)
    {
        try
        {
            kb.RejectTrace(caller.Value, id, documentId, user.Identity?.Name ?? "api");
            return TypedResults.NoContent();
        }
        catch (OutputEventException e) when (e.Refusal == OutputEventRefusal.UnknownOutput)
        {
            return TypedResults.NotFound();
        }
        catch (OutputEventException e)
        {
            return Refused(e, new OutputEventRequest("implemented", null, ImplementedBy: documentId), id, texts);
        }
    }

    public static Results<Ok<OutputDetails>, NotFound> Output(string id, ApiCaller caller, KnowledgeBase kb) =>
        kb.Read(caller.Value).Output(id) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();

    public static Results<Created<OutputDetails>, NotFound, ProblemHttpResult> Record(
        string id, OutputEventRequest request, ApiCaller caller, ClaimsPrincipal user, KnowledgeBase kb, Texts texts)
    {
        try
        {
            var stage = OutputVocabulary.Stage(request.Stage)
                ?? throw new OutputEventException(OutputEventRefusal.UnknownStage, "stage", $"stage: '{request.Stage}' is not a stage");
            var recorded = kb.RecordOutputEvent(caller.Value, id, request.ToEvent(stage, user.Identity?.Name));
            return TypedResults.Created($"/api/v1/outputs/{recorded.Id}", recorded);
        }
        catch (OutputEventException e) when (e.Refusal == OutputEventRefusal.UnknownOutput)
        {
            return TypedResults.NotFound();
        }
        catch (OutputEventException e)
        {
            return Refused(e, request, id, texts);
        }
    }

    // A refused event as a problem: 403 for another organisation's output, 409 for an event recorded before, else 400.
    private static ProblemHttpResult Refused(OutputEventException e, OutputEventRequest request, string id, Texts texts) =>
            TypedResults.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = e.Refusal switch
                {
                    OutputEventRefusal.NotYours => StatusCodes.Status403Forbidden,
                    OutputEventRefusal.AlreadyRecorded => StatusCodes.Status409Conflict,
                    _ => StatusCodes.Status400BadRequest,
                },
                Title = texts["problem.badInput"],
                Detail = Describe(e, request, id, texts),
                Extensions = { ["parameter"] = e.Field, ["refusal"] = char.ToLowerInvariant(e.Refusal.ToString()[0]) + e.Refusal.ToString()[1..] },
            });

    /// <summary>A refused event in the reader's language, naming the field and the value at fault (the API's and the output page's words).</summary>
    public static string Describe(OutputEventException e, OutputEventRequest request, string id, Texts texts)
    {
        // A trace's confirmation dates the event by its document, so the request holds no date: the exception names it.
        var value = e.Value ?? e.Field switch
        {
            "stage" => request.Stage,
            "date" => request.Date,
            "channel" => request.Channel,
            "level" => request.Level,
            "how" => request.How,
            "implementedBy" => request.ImplementedBy,
            _ => id,
        };
        var previous = e.Previous is { } p ? texts["output.stage." + OutputVocabulary.Name(p.Stage)] : null;
        return texts.Format("output.refusal." + e.Refusal, e.Field, value, previous, e.Previous?.Date);
    }
}

/// <summary>The body of <c>POST /api/v1/outputs/{id}/events</c>.</summary>
internal sealed record OutputEventRequest(
    string? Stage, string? Date, string? SubmittedTo = null, string? Channel = null, string? Level = null, string? Gist = null,
    string? AdoptedBy = null, string? How = null, string? ImplementedBy = null, string? Evidence = null)
{
    public ConversionEvent ToEvent(ConversionStage stage, string? user) => new()
    {
        Stage = stage,
        Date = Date?.Trim() ?? string.Empty,
        SubmittedTo = SubmittedTo,
        Channel = Channel,
        Level = Level,
        Gist = Gist,
        AdoptedBy = AdoptedBy,
        How = How,
        ImplementedBy = ImplementedBy,
        Evidence = Evidence,
        RecordedBy = user ?? "api",
    };
}
