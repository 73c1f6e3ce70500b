using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Experts;
using Zhiku.Knowledge;
using Zhiku.Search.Querying;
using Zhiku.Web.Accounts;
using Zhiku.Web.Localization;
using Zhiku.Web.Search;

namespace Zhiku.Web.Pages.Experts;

/// <summary>
/// Expert finding in the web (issue 12): the experts on a topic from the works the caller may see, exactly as
/// <c>GET /api/v1/experts</c> ranks them, each with the works behind the score and a summary of their expertise
/// profile, <see cref="PageSize"/> a page.
/// </summary>
internal sealed class IndexModel(KnowledgeBase kb, Texts texts) : PageModel
{
    /// <summary>Experts a page.</summary>
    public const int PageSize = 10;

    /// <summary>The most experts a query pages through (the API's largest limit).</summary>
    public const int MostExperts = 100;

    public string Query { get; private set; } = string.Empty;

    public int PageNumber { get; private set; } = 1;

    public ExpertList? Result { get; private set; }

    /// <summary>The experts of this page with their profiles (null when the caller may not see the person's profile).</summary>
    public IReadOnlyList<(int Rank, ExpertHit Expert, ExpertiseProfile? Profile)> Shown { get; private set; } = [];

    /// <summary>What was wrong with the query, in the reader's language.</summary>
    public string? Error { get; private set; }

    public Pager Pager => Pager.Of(PageNumber, PageSize, Result?.Experts.Count ?? 0, n => $"/experts?q={Uri.EscapeDataString(Query)}&page={n}#experts") with { List = "list.experts" };

    public void OnGet()
    {
        if (!Request.Query.TryGetValue("q", out var q))
        {
            return;
        }

        Query = q.ToString().Trim();
        PageNumber = int.TryParse(Request.Query["page"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;
        if (Query.Length == 0)
        {
            Error = texts["experts.error.query"];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var read = kb.Read(HttpContext.Caller());
        try
        {
            Result = read.FindExperts(Query, MostExperts);
        }
        catch (Exception e) when (e is SearchSyntaxException or ArgumentException)
        {
            Error = texts.Format("experts.error.syntax", texts.Describe(e));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        PageNumber = Math.Min(PageNumber, Math.Max(1, Pager.Pages));
        Shown = [.. Result.Experts.Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select((e, i) => ((PageNumber - 1) * PageSize + i + 1, e, read.Expertise(e.Id)))];
    }
}
