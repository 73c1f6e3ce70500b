using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Enriching;
using Zhiku.Model;
using Zhiku.Web.Accounts;
using Zhiku.Web.Api;
using Zhiku.Web.Localization;

namespace Zhiku.Web.Pages.Enrichments;

/// <summary>
/// The review queue of machine-made enrichments for curators (administrators and managers): filter by field, state,
/// model, confidence and a search over the works; accept or reject each value, or accept in bulk above a confidence.
/// Lists only the enrichments of works the curator may see; the filters ride on every form so a decision keeps the view.
/// </summary>
[Authorize(Policy = Policies.Curate)]
internal sealed class IndexModel(KnowledgeBase kb, Texts texts) : PageModel
{
    /// <summary>Rows shown at once; the rest are reached by narrowing the filters or deciding these.</summary>
    public const int Shown = 200;

    /// <summary>The state select's value for "every state".</summary>
    public const string AnyState = "all";

    [BindProperty(SupportsGet = true, Name = "field")]
    public string? Field { get; set; }

    [BindProperty(SupportsGet = true, Name = "state")]
    public string? State { get; set; } = EnrichmentStates.Proposed;

    [BindProperty(SupportsGet = true, Name = "model")]
    public string? ModelName { get; set; }

    [BindProperty(SupportsGet = true, Name = "min")]
    public double? MinConfidence { get; set; }

    [BindProperty(SupportsGet = true, Name = "max")]
    public double? MaxConfidence { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public EnrichmentList Queue { get; private set; } = new(0, []);

    /// <summary>What the last action did, in the reader's language.</summary>
    public string? Done { get; private set; }

    public string? Refused { get; private set; }

    public static IReadOnlyList<string> States { get; } = [EnrichmentStates.Proposed, EnrichmentStates.Accepted, EnrichmentStates.Rejected];

    /// <summary>The filters as query-string values, carried by every form of the page.</summary>
    public Dictionary<string, string> Route => new(StringComparer.Ordinal)
    {
        ["field"] = Field ?? string.Empty,
        ["state"] = State ?? AnyState,
        ["model"] = ModelName ?? string.Empty,
        ["min"] = Show(MinConfidence),
        ["max"] = Show(MaxConfidence),
        ["q"] = Query ?? string.Empty,
    };

    public void OnGet() => Load();

    public IActionResult OnPostAccept(long id) => Decide(id, EnrichmentStates.Accepted);

    public IActionResult OnPostReject(long id) => Decide(id, EnrichmentStates.Rejected);

    public IActionResult OnPostBulk(double? acceptAbove)
    {
        if ((EnrichmentInput.Problem(texts, Filter()) ?? EnrichmentInput.Problem(texts, acceptAbove, null)) is { } problem)
        {
            return Refuse(problem, StatusCodes.Status400BadRequest);
        }

        var review = new EnrichmentQueue(kb).Review(HttpContext.Caller(), Filter(), acceptAbove, null, Curator());
        Done = texts.Format("enrichments.bulk-done", review.Accepted, Show(acceptAbove), review.LeftProposed);
        Load();
        return Page();
    }

    private IActionResult Decide(long id, string state)
    {
        var queue = new EnrichmentQueue(kb);
        if (queue.Find(HttpContext.Caller(), id) is not { } found)
        {
            return Refuse(texts.Format("enrichments.not-found", id), StatusCodes.Status404NotFound);
        }

        queue.Decide(HttpContext.Caller(), id, state, Curator());
        Done = texts.Format("enrichments.decided." + state, found.Enrichment.Value, found.WorkTitle);
        Load();
        return Page();
    }

    private IActionResult Refuse(string problem, int status)
    {
        Refused = problem;
        Response.StatusCode = status;
        Load();
        return Page();
    }

    private void Load()
    {
        var filter = Filter();
        if (EnrichmentInput.Problem(texts, filter) is { } problem)
        {
            Refused ??= problem;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Queue = new EnrichmentQueue(kb).List(HttpContext.Caller(), filter, 0, Shown);
    }

    private EnrichmentFilter Filter() => new()
    {
        Field = EnrichmentInput.Given(Field),
        State = EnrichmentInput.Given(State) is { } s && s != AnyState ? s : null,
        Model = EnrichmentInput.Given(ModelName),
        MinConfidence = MinConfidence,
        MaxConfidence = MaxConfidence,
        Query = EnrichmentInput.Given(Query),
    };

    private string Curator() => User.Identity?.Name ?? "unknown";

    private static string Show(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
