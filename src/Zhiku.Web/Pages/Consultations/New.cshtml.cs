using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Consultation;
using Zhiku.Consultations;
using Zhiku.Knowledge;
using Zhiku.Search;
using Zhiku.Search.Entities;
using Zhiku.Web.Accounts;
using Zhiku.Web.Localization;

namespace Zhiku.Web.Pages.Consultations;

/// <summary>
/// The form that starts a consultation (<c>/consultations/new</c>): topic, description, the consensus rule and the
/// project it serves. The service decides who may; a refusal is said in the reader's language and nothing typed is lost.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class NewModel(KnowledgeBase kb, Texts texts) : PageModel
{
    public string? Topic { get; private set; }

    public string? Description { get; private set; }

    public string Rule { get; private set; } = "iqr<=1";

    public string? Project { get; private set; }

    /// <summary>Why the consultation was not created, in the reader's language.</summary>
    public string? Problem { get; private set; }

    /// <summary>Whether the reader runs consultations (others see why they cannot).</summary>
    public bool Manages { get; private set; }

    /// <summary>The projects the reader may see, to link the consultation to.</summary>
    public IReadOnlyList<EntityHit> Projects { get; private set; } = [];

    public void OnGet(string? project)
    {
        Project = project;
        Load();
    }

    public IActionResult OnPost(string? topic, string? description, string? rule, string? project)
    {
        (Topic, Description, Rule, Project) = (topic, description, rule ?? "", project);
        try
        {
            var actor = ConsultationPage.Actor(HttpContext, User) ?? throw new ConsultationException("not-allowed", "no organisation");
            var created = new ConsultationService(kb).Create(actor, HttpContext.Caller(), topic ?? "", description, rule, project);
            return Redirect($"/consultations/{created.Id}");
        }
        catch (ConsultationException e)
        {
            Problem = ConsultationPage.Explain(texts, e);
            Response.StatusCode = ConsultationTexts.Status(e.Code);
            Load();
            return Page();
        }
    }

    private void Load()
    {
        Manages = ConsultationPage.Actor(HttpContext, User)?.Manages == true;
        Projects = Manages
            ? kb.Read(HttpContext.Caller()).SearchEntities(SearchEntity.Projects, new SearchRequest { Query = "*", Limit = 500 }).Hits
            : [];
    }
}
