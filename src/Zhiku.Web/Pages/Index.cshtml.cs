using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Knowledge;
using Zhiku.Search;
using Zhiku.Search.Querying;
using Zhiku.Web.Accounts;
using Zhiku.Web.Localization;
using Zhiku.Web.Search;

namespace Zhiku.Web.Pages;

/// <summary>The search page: query box, facet links, highlighted hits, sorting and paging.</summary>
internal sealed class IndexModel(KnowledgeBase kb, Texts texts) : PageModel
{
    public SearchForm Form { get; private set; } = new(string.Empty, [], SearchSort.Relevance, 1, SearchForm.DefaultSize);

    public SearchResult? Result { get; private set; }

    /// <summary>Why the search failed (a mistake in the query explained in the reader's language, a bad filter or sort).</summary>
    public string? Error { get; private set; }

    /// <summary>Whether titles are shown in Simplified characters (the reader's switch), else as written.</summary>
    public bool SimplifiedTitles { get; private set; }

    public int Pages => Result is null ? 0 : (int)Math.Ceiling(Result.Total / (double)Form.Size);

    public void OnGet()
    {
        SimplifiedTitles = TitleScript.ShowsSimplified(HttpContext);
        try
        {
            Form = SearchForm.From(Request.Query);
            Result = kb.Read(HttpContext.Caller()).Search(Form.ToRequest());
        }
        catch (Exception e) when (e is SearchSyntaxException or ArgumentException)
        {
            // The same words as the API's problem details.
            Error = texts.Describe(e);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
