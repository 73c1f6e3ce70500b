using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Knowledge;
using Zhiku.Outputs;
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
/// same editors change the output's classification tags there (<see cref="OnPostTags"/>), each change a version listed below.
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

        return Page();
    }

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
