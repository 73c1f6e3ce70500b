using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Reading;
using Zhiku.Search;
using Zhiku.Web.Accounts;
using Zhiku.Web.Works;

namespace Zhiku.Web.Pages.Works;

/// <summary>A work: metadata, linked authors, identifiers, keywords, full text, provenance and related works.</summary>
internal sealed class DetailModel(KnowledgeBase kb) : PageModel
{
    public WorkDetails Work { get; private set; } = null!;

    public IReadOnlyList<SearchHit> Related { get; private set; } = [];

    public IActionResult OnGet(string id)
    {
        var read = kb.Read(HttpContext.Caller());
        if (read.Work(id) is not { } work)
        {
            return NotFound();
        }

        Work = work;
        Related = RelatedWorks.For(read, work);
        return Page();
    }

    /// <summary>A search URL for a keyword or other field value.</summary>
    public static string SearchFor(string field, string value) =>
        "/?q=" + Uri.EscapeDataString($"{field}:\"{value.Replace("\"", " ", StringComparison.Ordinal)}\"");
}
