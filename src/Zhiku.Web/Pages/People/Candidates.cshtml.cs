using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Knowledge;
using Zhiku.People;
using Zhiku.Web.Accounts;
using Zhiku.Web.Localization;

namespace Zhiku.Web.Pages.People;

/// <summary>Author disambiguation for curators: the candidate merges with their evidence, merge or reject each, undo a merge.</summary>
[Authorize(Policy = Policies.Curate)]
internal sealed class CandidatesModel(KnowledgeBase kb, Texts texts) : PageModel
{
    public IReadOnlyList<MergeCandidate> Candidates { get; private set; } = [];

    public IReadOnlyList<PersonMerge> Merges { get; private set; } = [];

    /// <summary>What the last action did, in the reader's language.</summary>
    public string? Done { get; private set; }

    public string? Refused { get; private set; }

    public void OnGet() => Load();

    public IActionResult OnPostMerge(string keep, string merge) => Act(curation =>
    {
        var done = curation.Merge(HttpContext.Caller(), keep, merge, Curator());
        return texts.Format("candidates.merged", done.Merged, done.Keep, done.Id);
    });

    public IActionResult OnPostReject(string a, string b) => Act(curation =>
    {
        curation.Reject(HttpContext.Caller(), a, b, Curator());
        return texts.Format("candidates.rejected", a, b);
    });

    public IActionResult OnPostUnmerge(long id) => Act(curation =>
    {
        curation.Unmerge(HttpContext.Caller(), id, Curator());
        return texts.Format("candidates.undone", id);
    });

    private IActionResult Act(Func<PeopleCuration, string> action)
    {
        try
        {
            Done = action(new PeopleCuration(kb));
        }
        catch (PeopleCurationException e)
        {
            Refused = PeopleTexts.Explain(texts, e);
            Response.StatusCode = PeopleTexts.Status(e);
        }

        Load();
        return Page();
    }

    private void Load()
    {
        var curation = new PeopleCuration(kb);
        Candidates = curation.Candidates(HttpContext.Caller(), limit: 50);
        Merges = curation.Merges(limit: 20);
    }

    private string Curator() => User.Identity?.Name ?? "unknown";
}
