using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Knowledge;
using Zhiku.Outputs;
using Zhiku.Outputs.Tracing;
using Zhiku.Search;
using Zhiku.Web.Accounts;
using Zhiku.Web.Api;
using Zhiku.Web.Localization;
using Zhiku.Web.Registry;

namespace Zhiku.Web.Pages.Outputs;

/// <summary>
/// An output's page (<c>/outputs/W42</c>): its conversion timeline and, for administrators, managers and analysts of
/// the organisation that owns it, the form that records the next event by the same rules as the API. The 落实 document
/// is picked from a search of the policy documents the reader may see (<c>?find=</c>), so no id has to be typed. The
/// same editors change the output's classification tags there (<see cref="OnPostTags"/>), each change a version listed
/// below. Its influence traces (later policy documents that reuse its text) are shown with their passages, and the same
/// readers confirm one as its 落实 or reject it.
/// </summary>
internal sealed partial class DetailModel(KnowledgeBase kb, Texts texts) : PageModel
{
    public OutputDetails Output { get; private set; } = null!;

    /// <summary>Whether the reader may record the next event: their role edits and their organisation owns the output.</summary>
    public bool MayRecord { get; private set; }

    /// <summary>The words searched for the 落实 document, and the policy documents found.</summary>
    public string? Find { get; private set; }

    public IReadOnlyList<SearchHit> Found { get; private set; } = [];

    /// <summary>The form's values after a refused event, so that nothing typed is lost.</summary>
    public OutputEventRequest Form { get; private set; } = new(null, null);

    /// <summary>Why the event was refused, in the reader's language, and the field at fault.</summary>
    public string? Refused { get; private set; }

    public string? RefusedField { get; private set; }

    /// <summary>The output's classification terms, named on the page in the reader's language.</summary>
    public IReadOnlyList<Zhiku.Model.ClassificationTerm> Terms { get; private set; } = [];

    /// <summary>The policy documents the reader may see that carry the output (its influence traces), less rejected ones.</summary>
    public OutputTraces? Traces { get; private set; }

    /// <summary>Why a trace's confirmation or rejection was refused, in the reader's language.</summary>
    public string? TraceRefused { get; private set; }

    /// <summary>Said after a trace was rejected.</summary>
    public bool TraceRejected { get; private set; }

    /// <summary>The stage the form offers first: the one after the furthest recorded.</summary>
    public ConversionStage Next => Output.Stage is { } s && s < ConversionStage.Implemented ? s + 1 : ConversionStage.Submitted;

    public IActionResult OnGet(string id, string? find, string? stage)
    {
        if (!Load(id))
        {
            return NotFound();
        }

        Find = string.IsNullOrWhiteSpace(find) ? null : find.Trim();
        Form = new OutputEventRequest(stage, DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (Find is not null && MayRecord)
        {
            Found = kb.Read(HttpContext.Caller()).Search(new SearchRequest
            {
                Query = Find,
                Limit = 10,
                FacetSize = 0,
                IncludeSnippets = false,
                Filters = new Dictionary<string, string>(StringComparer.Ordinal) { ["kind"] = "policy-document" },
            }).Hits;
        }

        TraceRejected = Request.Query.ContainsKey("rejected");
        Trace();
        return Page();
    }

    /// <summary>Confirms a trace: the document becomes the output's 落实, by the rules of the event form.</summary>
    public IActionResult OnPostConfirm(string id, string? document) =>
        Decide(id, document, (caller, doc) => kb.ConfirmTrace(caller, id, doc, User.Identity?.Name ?? "web", texts.Format("outputtrace.evidence", doc)), "#timeline");

    /// <summary>Rejects a trace: the document is not proposed for this output again.</summary>
    public IActionResult OnPostReject(string id, string? document) =>
        Decide(id, document, (caller, doc) => kb.RejectTrace(caller, id, doc, User.Identity?.Name ?? "web"), "?rejected=1#traces");

    private IActionResult Decide<T>(string id, string? document, Func<Zhiku.Access.Caller, string, T> decide, string then)
    {
        if (!Load(id))
        {
            return NotFound();
        }

        Form = new OutputEventRequest("implemented", null, ImplementedBy: document);
        try
        {
            if (!MayRecord)
            {
                throw new OutputEventException(OutputEventRefusal.NotYours, "id", $"{id}: only its own organisation records the conversion of an output");
            }

            decide(HttpContext.Caller(), document ?? string.Empty);
            return Redirect($"/outputs/{Output.Id}{then}");
        }
        catch (OutputEventException e) when (e.Refusal == OutputEventRefusal.UnknownOutput)
        {
            return NotFound();
        }
        catch (OutputEventException e)
        {
            TraceRefused = OutputsApi.Describe(e, Form, id, texts);
            Form = new OutputEventRequest(null, DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Response.StatusCode = e.Refusal == OutputEventRefusal.NotYours ? StatusCodes.Status403Forbidden
                : e.Refusal == OutputEventRefusal.AlreadyRecorded ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            Trace();
            return Page();
        }
    }

    private void Trace() => Traces = kb.Read(HttpContext.Caller()).OutputTraces(Output.Id, HttpContext.RequestAborted);

    public IActionResult OnPost(
        string id, string? stage, string? date, string? submittedTo, string? channel, string? level, string? gist,
        string? adoptedBy, string? how, string? implementedBy, string? evidence)
    {
        if (!Load(id))
        {
            return NotFound();
        }

        Form = new OutputEventRequest(stage, date, submittedTo, channel, level, gist, adoptedBy, how, implementedBy, evidence);
        if (!MayRecord)
        {
            (Refused, RefusedField) = (texts["output.refusal.NotYours"], "id");
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        try
        {
            var next = OutputVocabulary.Stage(stage)
                ?? throw new OutputEventException(OutputEventRefusal.UnknownStage, "stage", $"stage: '{stage}' is not a stage");
            kb.RecordOutputEvent(HttpContext.Caller(), id, Form.ToEvent(next, User.Identity?.Name));
            return Redirect($"/outputs/{Output.Id}#timeline");
        }
        catch (OutputEventException e) when (e.Refusal == OutputEventRefusal.UnknownOutput)
        {
            return NotFound();
        }
        catch (OutputEventException e)
        {
            (Refused, RefusedField) = (OutputsApi.Describe(e, Form, id, texts), e.Field);
            Response.StatusCode = e.Refusal == OutputEventRefusal.NotYours ? StatusCodes.Status403Forbidden
                : e.Refusal == OutputEventRefusal.AlreadyRecorded ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            Trace();
            return Page();
        }
    }

    private bool Load(string id)
    {
        if (kb.Read(HttpContext.Caller()).Output(id) is not { } output)
        {
            return false;
        }

        Output = output;
        var tagged = output.Tags.ToHashSet(StringComparer.Ordinal);
        Terms = output.Tags.Count == 0 ? [] : [.. kb.Read(HttpContext.Caller()).Classification().Where(t => tagged.Contains(t.Code))];
        MayRecord = output.MayRecord && RegistryActors.Of(HttpContext.Caller(), User).MayEdit;
        LoadTags();
        return true;
    }
}
