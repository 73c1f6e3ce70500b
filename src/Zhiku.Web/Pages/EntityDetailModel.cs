using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Reading;
using Zhiku.Web.Accounts;
using Zhiku.Web.Search;

namespace Zhiku.Web.Pages;

/// <summary>
/// A detail page of one entity as the caller may see it: 404 for what is missing or hidden alike. Its long lists page
/// with the shared pager, <see cref="PageSize"/> items a page, each by its own query parameter (works=2, people=3).
/// </summary>
internal abstract class EntityDetailModel<TDetails>(KnowledgeBase kb) : PageModel
    where TDetails : class
{
    /// <summary>How many items a list of a detail page shows at a time.</summary>
    public const int PageSize = 50;

    public TDetails Details { get; private set; } = null!;

    /// <summary>The page of each list the request asks for.</summary>
    public DetailPaging Paging { get; private set; } = DetailPaging.First;

    /// <summary>The pager of one list (its parameter, the page shown, how many items in all), linking back to the list's heading.</summary>
    public Pager ListPager(string list, int page, int total) =>
        Pager.Of(Math.Max(1, page), PageSize, total, n => $"{Request.Path}?{list}={n}#{list}") with { List = "list." + list };

    public IActionResult OnGet(string id)
    {
        var read = kb.Read(HttpContext.Caller());
        Paging = new DetailPaging
        {
            Size = PageSize,
            Works = PageOf("works"),
            MemberWorks = PageOf("members"),
            People = PageOf("people"),
            Projects = PageOf("projects"),
        };
        if (Read(read, id, Paging) is not { } found)
        {
            return NotFound();
        }

        Details = found;
        return Page();
    }

    protected abstract TDetails? Read(ReadSession read, string id, DetailPaging paging);

    private int PageOf(string list) =>
        int.TryParse(Request.Query[list].ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;
}
