using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Consultation;
using Zhiku.Consultations;
using Zhiku.Knowledge;
using Zhiku.Web.Accounts;

namespace Zhiku.Web.Pages.Consultations;

/// <summary>
/// The printable report of a consultation (<c>/consultations/{id}/report</c>): per item and round the distribution as
/// an inline SVG bar chart with median, IQR and consensus, the consensus table over the rounds, and the comments
/// without names. For the owner organisation's staff only, like the consultation itself.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class ReportModel(KnowledgeBase kb) : PageModel
{
    public ConsultationOverview Overview { get; private set; } = null!;

    public IReadOnlyList<ItemDistribution> Distributions { get; private set; } = [];

    public IActionResult OnGet(long id)
    {
        if (ConsultationPage.Actor(HttpContext, User) is not { } actor)
        {
            return NotFound();
        }

        try
        {
            var service = new ConsultationService(kb);
            Overview = service.Overview(actor, id);
            Distributions = service.Distributions(actor, id);
            return Page();
        }
        catch (ConsultationException)
        {
            return NotFound();
        }
    }

    /// <summary>The statistics of an item in a round, when the round is closed.</summary>
    public ItemStatistics? Stats(int round, int item) =>
        Overview.Rounds.FirstOrDefault(r => r.N == round)?.Statistics?.Items.FirstOrDefault(s => s.Item == RoundResults.Key(item));

    /// <summary>
    /// The bars of a distribution: a Likert item shows every point of its scale (a point nobody chose is an empty bar),
    /// an estimate the values given.
    /// </summary>
    public static IReadOnlyList<ValueCount> Bars(ConsultationItem item, ItemDistribution d) =>
        item.Kind == ConsultationTerms.Likert
            ? [.. Enumerable.Range(1, item.Settings.Scale ?? 5).Select(p => new ValueCount(p, d.Counts.Where(c => c.Value == p).Sum(c => c.Count)))]
            : d.Counts;
}
