using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Consultation;
using Zhiku.Consultations;
using Zhiku.Knowledge;
using Zhiku.Web.Accounts;

namespace Zhiku.Web.Pages.Consultations;

/// <summary>
/// The reader's consultations (<c>/consultations</c>): those their organisation runs, when they run consultations,
/// and those they sit on the panel of. Everyone else's are not listed.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class IndexModel(KnowledgeBase kb) : PageModel
{
    public IReadOnlyList<ConsultationSummary> Consultations { get; private set; } = [];

    /// <summary>Whether the reader may start a consultation.</summary>
    public bool Manages { get; private set; }

    public void OnGet()
    {
        if (ConsultationPage.Actor(HttpContext, User) is { } actor)
        {
            Manages = actor.Manages;
            Consultations = new ConsultationService(kb).List(actor);
        }
    }
}
