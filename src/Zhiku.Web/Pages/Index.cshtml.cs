using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Knowledge;
using Zhiku.Search;
using Zhiku.Search.Entities;
using Zhiku.Search.Querying;
using Zhiku.Web.Accounts;
using Zhiku.Web.Evaluation;
using Zhiku.Web.Imports;
using Zhiku.Web.Localization;
using Zhiku.Web.Portal;
using Zhiku.Web.Search;

namespace Zhiku.Web.Pages;

/// <summary>
/// The home page. Without a search (no q, f, sort or page) it is the think tank's portal: search box, latest works,
/// frontier topics, policy documents, the registries at a glance and the signed-in user's recent imports and
/// evaluations. With one it is the search page: query box, a tab per entity with its count, and on the works tab facet
/// links, highlighted hits as cards or a table, sorting and paging; on an entity's tab that entity's hits, paged.
/// </summary>
internal sealed class IndexModel(KnowledgeBase kb, Texts texts, ImportQueue queue, EvaluationRunStore runs) : PageModel
{
    private static readonly string[] SearchParameters = ["q", "f", "sort", "page", "size", "from", "to", "entity"];

    public SearchForm Form { get; private set; } = new(string.Empty, [], SearchSort.Relevance, 1, SearchForm.DefaultSize);

    public SearchResult? Result { get; private set; }

    /// <summary>The hits of the chosen entity's tab (null on the works tab).</summary>
    public EntitySearchResult? Entities { get; private set; }

    /// <summary>Each tab's number of hits the caller may see for the query, works first.</summary>
    public IReadOnlyList<SearchTab> Tabs { get; private set; } = [];

    /// <summary>On the cases tab: the classification terms of the hits with their counts, named in the reader's language.</summary>
    public IReadOnlyList<TagFacet> TagFacets { get; private set; } = [];

    /// <summary>Why the search failed (a mistake in the query explained in the reader's language, a bad filter or sort).</summary>
    public string? Error { get; private set; }

    /// <summary>Whether titles are shown in Simplified characters (the reader's switch), else as written.</summary>
    public bool SimplifiedTitles { get; private set; }

    /// <summary>"cards" or "table": how hits are shown (the reader's switch).</summary>
    public string View { get; private set; } = ResultView.Cards;

    /// <summary>The portal's content when the page is the portal, else null.</summary>
    public PortalData? Portal { get; private set; }

    /// <summary>The signed-in user's recent import jobs (none for anonymous visitors).</summary>
    public IReadOnlyList<ImportJob> MyImports { get; private set; } = [];

    /// <summary>The signed-in user's organisation's recent evaluation runs (none for anonymous visitors).</summary>
    public IReadOnlyList<StoredRun> MyRuns { get; private set; } = [];

    /// <summary>Whether the reader's role creates outputs: the outputs tab then offers the form.</summary>
    public bool MayCreateOutputs => Zhiku.Web.Registry.RegistryActors.Of(HttpContext.Caller(), User).MayEdit;

    public int Pages => Result is null ? 0 : (int)Math.Ceiling(Result.Total / (double)Form.Size);

    /// <summary>The pager of the results (the works' or the chosen entity's).</summary>
    public Pager Pager => Pager.Of(Form.Page, Form.Size, Result?.Total ?? Entities?.Total ?? 0, page => Form.Url(page: page));

    public void OnGet()
    {
        SimplifiedTitles = TitleScript.ShowsSimplified(HttpContext);
        View = ResultView.Of(HttpContext);
        var read = kb.Read(HttpContext.Caller());
        if (!SearchParameters.Any(Request.Query.ContainsKey))
        {
            Portal = PortalData.Compute(read);
            if (User.Identity?.IsAuthenticated == true)
            {
                MyImports = [.. queue.Jobs.Where(j => ImportStarter.MayFollow(j, User)).Take(PortalData.Size)];
                MyRuns = [.. runs.Recent(User, PortalData.Size)];
            }

            return;
        }

        try
        {
            Form = SearchForm.From(Request.Query);
            var request = Form.ToRequest();
            // Counted as the API counts them for this caller: works with the filters, entities by the query alone.
            var counted = request with { Offset = 0, Limit = 0, FacetSize = 0 };
            // A tag filter narrows its own tab only (cases or outputs); the other tabs count as their links list.
            var untagged = counted with { Filters = counted.Filters.Where(p => p.Key != "tag").ToDictionary(StringComparer.Ordinal) };
            List<SearchTab> tabs = [];
            foreach (var entity in Enum.GetValues<SearchEntity>())
            {
                if (entity == SearchEntity.Works)
                {
                    Result = entity == Form.Entity ? read.Search(request) : null;
                    tabs.Add(new SearchTab(entity, Result?.Total ?? read.Search(untagged).Total));
                }
                else
                {
                    var found = read.SearchEntities(entity, entity == Form.Entity ? request : untagged);
                    Entities = entity == Form.Entity ? found : Entities;
                    tabs.Add(new SearchTab(entity, found.Total));
                }
            }

            Tabs = tabs;
            TagFacets = (Form.Entity is SearchEntity.Cases or SearchEntity.Outputs) && Entities is not null ? TagFacet.Of(Entities.Tags, read.Classification(), texts.Lang) : [];
        }
        catch (Exception e) when (e is SearchSyntaxException or ArgumentException)
        {
            // The same words as the API's problem details.
            Error = texts.Describe(e);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
