using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Consultation;
using Zhiku.Consultations;
using Zhiku.Knowledge;
using Zhiku.Web.Accounts;
using Zhiku.Web.Localization;

namespace Zhiku.Web.Pages.Consultations;

/// <summary>
/// A consultation as its owner runs it (<c>/consultations/{id}</c>): the panel with conflicts of interest, the items,
/// the rounds with their statistics and Kendall's W, who has not answered the open round, and the owner's actions as
/// forms. Every action is the service's; it is not found for anyone but the owner organisation's staff.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class DetailModel(KnowledgeBase kb, Texts texts) : PageModel
{
    public ConsultationOverview Overview { get; private set; } = null!;

    /// <summary>Why the last action was refused, in the reader's language.</summary>
    public string? Problem { get; private set; }

    public IActionResult OnGet(long id) => Show(id, null);

    public IActionResult OnPostPanel(long id, string? person, string? user, bool acceptConflict) =>
        Act(id, (service, actor) => service.AddPanellist(actor, HttpContext.Caller(), id, person ?? "", user ?? "", acceptConflict));

    public IActionResult OnPostItem(long id, string? kind, string? text, int? scale, string? unit, string? min, string? max, string? options) =>
        Act(id, (service, actor) => service.AddItem(actor, id, kind ?? "", text ?? "", new ItemSettings
        {
            Scale = scale,
            Unit = unit,
            Min = Parse(min),
            Max = Parse(max),
            Options = (options ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        }));

    public IActionResult OnPostOpen(long id, string? closes) =>
        Act(id, (service, actor) => service.OpenRound(actor, id, string.IsNullOrWhiteSpace(closes) ? null : closes.Trim()));

    public IActionResult OnPostClose(long id) => Act(id, (service, actor) => service.CloseRound(actor, id));

    public IActionResult OnPostEnd(long id) => Act(id, (service, actor) => service.End(actor, id));

    /// <summary>An item's kind as the reader reads it.</summary>
    public string KindOf(string kind) => texts["consultpage.kind." + kind];

    /// <summary>The item's text by its statistics key (its number).</summary>
    public string ItemText(string key) =>
        Overview.Items.FirstOrDefault(i => i.N.ToString(CultureInfo.InvariantCulture) == key)?.Text ?? key;

    private IActionResult Act(long id, Func<ConsultationService, ConsultationActor, ConsultationOverview> action)
    {
        try
        {
            var actor = ConsultationPage.Actor(HttpContext, User) ?? throw new ConsultationException("not-found", "no organisation", id.ToString(CultureInfo.InvariantCulture));
            action(new ConsultationService(kb), actor);
            return Redirect($"/consultations/{id}");
        }
        catch (ConsultationException e) when (e.Code != "not-found")
        {
            return Show(id, e);
        }
        catch (ConsultationException)
        {
            return NotFound();
        }
    }

    private IActionResult Show(long id, ConsultationException? problem)
    {
        if (ConsultationPage.Actor(HttpContext, User) is not { } actor)
        {
            return NotFound();
        }

        try
        {
            Overview = new ConsultationService(kb).Overview(actor, id);
        }
        catch (ConsultationException)
        {
            return NotFound();
        }

        if (problem is not null)
        {
            Problem = ConsultationPage.Explain(texts, problem);
            Response.StatusCode = ConsultationTexts.Status(problem.Code);
        }

        return Page();
    }

    private static double? Parse(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
}
