using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Curation;
using Zhiku.Thesaurus;
using Zhiku.Web.Accounts;
using Zhiku.Web.Localization;
using Zhiku.Web.Search;

namespace Zhiku.Web.Pages.Thesaurus;

/// <summary>
/// The keyword thesaurus: every reader sees the accepted entries (they shape every keyword analysis); curators
/// (administrators, managers and analysts) also see the proposals of the works they may read with their evidence,
/// accept or reject them, add a pair or a group, remove an entry and import or export a VOSviewer thesaurus file.
/// </summary>
internal sealed class IndexModel(KnowledgeBase kb, Texts texts) : PageModel
{
    /// <summary>Entries and proposals shown a page.</summary>
    public const int PageSize = 50;

    /// <summary>Words the accepted entries are filtered on (variant or preferred term).</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Filter { get; set; }

    /// <summary>The kind the accepted entries are filtered on, or none.</summary>
    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? KindFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int EntriesPage { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "pp")]
    public int ProposalsPage { get; set; } = 1;

    public IReadOnlyList<ThesaurusEntry> Entries { get; private set; } = [];

    public int EntriesTotal { get; private set; }

    public IReadOnlyList<ThesaurusEntry> Proposals { get; private set; } = [];

    public int ProposalsTotal { get; private set; }

    /// <summary>The values of the add form as sent, shown again when it is refused.</summary>
    public (string Variants, string Preferred, string Kind) Form { get; private set; } = ("", "", ThesaurusTerms.Synonym);

    /// <summary>The add form's problems by field (variants, preferred, kind), in the reader's language.</summary>
    public Dictionary<string, string> Problems { get; } = new(StringComparer.Ordinal);

    /// <summary>What the last action did, in the reader's language.</summary>
    public string? Done { get; private set; }

    public string? Refused { get; private set; }

    /// <summary>Administrators, managers and analysts curate the thesaurus.</summary>
    /// <summary>The lines of an imported file that were skipped, each with its reason; empty unless an import just ran.</summary>
    public IReadOnlyList<string> Skipped { get; private set; } = [];

    public bool MayCurate => Api.ThesaurusApi.MayCurate(User);

    public Pager EntriesPager => Pager.Of(EntriesPage, PageSize, EntriesTotal, n => PageUrl(n, ProposalsPage) + "#entries") with { List = "list.thesaurus-entries" };

    public Pager ProposalsPager => Pager.Of(ProposalsPage, PageSize, ProposalsTotal, n => PageUrl(EntriesPage, n) + "#proposals") with { List = "list.thesaurus-proposals" };

    public void OnGet() => Load();

    public IActionResult OnGetExport()
    {
        var text = new StringWriter();
        new ThesaurusCuration(kb).Export(text);
        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/tab-separated-values; charset=utf-8", "zhiku-thesaurus.txt");
    }

    public IActionResult OnPostAdd(string? variants, string? preferred, string? kind)
    {
        Form = (variants ?? "", preferred ?? "", kind ?? ThesaurusTerms.Synonym);
        var list = (variants ?? "").Split(['\n', '\r', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (list.Length == 0)
        {
            Problems["variants"] = texts["thesaurus.need-variant"];
        }

        if (string.IsNullOrWhiteSpace(preferred))
        {
            Problems["preferred"] = texts["thesaurus.need-preferred"];
        }

        if (!ThesaurusTerms.Kinds.Contains(Form.Kind))
        {
            Problems["kind"] = texts.Format("thesaurus.bad-kind", Form.Kind);
        }

        if (Problems.Count > 0)
        {
            return Refuse();
        }

        return Act(curation =>
        {
            foreach (var variant in list)
            {
                curation.Add(variant, preferred!, Form.Kind, Curator());
            }

            Form = ("", "", ThesaurusTerms.Synonym);
            return texts.Format("thesaurus.added", list.Length, preferred!.Trim());
        });
    }

    public IActionResult OnPostAccept(long id) => Act(curation => texts.Format("thesaurus.accepted", Describe(curation.Accept(HttpContext.Caller(), id, Curator()))));

    public IActionResult OnPostReject(long id) => Act(curation => texts.Format("thesaurus.rejected", Describe(curation.Reject(HttpContext.Caller(), id, Curator()))));

    public IActionResult OnPostRemove(long id) => Act(curation =>
    {
        var entry = curation.Find(id);
        curation.Remove(id);
        return texts.Format("thesaurus.removed", entry is null ? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : Describe(entry));
    });

    public IActionResult OnPostPropose() => Act(curation => texts.Format("thesaurus.proposed-count", curation.Propose(HttpContext.Caller(), Curator()).Count));

    public IActionResult OnPostImport(IFormFile? file) => Act(curation =>
    {
        if (file is null || file.Length == 0)
        {
            throw new ThesaurusException("no-file", "no file was uploaded");
        }

        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
        var import = curation.Import(reader, file.FileName, Curator());
        Skipped = [.. import.Skipped.Select(s => ThesaurusTexts.Explain(texts, s.Problem))];
        return texts.Format("thesaurus.imported", import.Imported, Path.GetFileName(file.FileName));
    });

    /// <summary>The page's address with its filters and the two lists' pages.</summary>
    public string PageUrl(int entriesPage, int proposalsPage)
    {
        var query = new List<string>();
        if (!string.IsNullOrWhiteSpace(Filter))
        {
            query.Add("q=" + Uri.EscapeDataString(Filter));
        }

        if (!string.IsNullOrWhiteSpace(KindFilter))
        {
            query.Add("kind=" + Uri.EscapeDataString(KindFilter));
        }

        if (entriesPage > 1)
        {
            query.Add("p=" + entriesPage.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (proposalsPage > 1)
        {
            query.Add("pp=" + proposalsPage.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return "/thesaurus" + (query.Count == 0 ? "" : "?" + string.Join('&', query));
    }

    private static string Describe(ThesaurusEntry entry) => $"{entry.Variant} → {entry.Preferred}";

    private IActionResult Act(Func<ThesaurusCuration, string> action)
    {
        if (!MayCurate)
        {
            return Forbid();
        }

        try
        {
            Done = action(new ThesaurusCuration(kb));
        }
        catch (ThesaurusException e)
        {
            Refused = ThesaurusTexts.Explain(texts, e);
            return Refuse(ThesaurusTexts.Status(e));
        }

        Load();
        return Page();
    }

    private PageResult Refuse(int status = StatusCodes.Status400BadRequest)
    {
        Response.StatusCode = status;
        Load();
        return Page();
    }

    private void Load()
    {
        var curation = new ThesaurusCuration(kb);
        var caller = HttpContext.Caller();
        var words = (Filter ?? "").Trim();
        var accepted = curation.Entries(caller, ThesaurusTerms.Accepted)
            .Where(e => words.Length == 0 || e.Variant.Contains(words, StringComparison.OrdinalIgnoreCase) || e.Preferred.Contains(words, StringComparison.OrdinalIgnoreCase))
            .Where(e => string.IsNullOrWhiteSpace(KindFilter) || e.Kind == KindFilter)
            .OrderBy(e => e.Preferred, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.Variant, StringComparer.OrdinalIgnoreCase)
            .ToList();
        EntriesTotal = accepted.Count;
        EntriesPage = Math.Clamp(EntriesPage, 1, Math.Max(1, (accepted.Count + PageSize - 1) / PageSize));
        Entries = [.. accepted.Skip((EntriesPage - 1) * PageSize).Take(PageSize)];
        if (MayCurate)
        {
            var proposed = curation.Entries(caller, ThesaurusTerms.Proposed);
            ProposalsTotal = proposed.Count;
            ProposalsPage = Math.Clamp(ProposalsPage, 1, Math.Max(1, (proposed.Count + PageSize - 1) / PageSize));
            Proposals = [.. proposed.Skip((ProposalsPage - 1) * PageSize).Take(PageSize)];
        }
    }

    private string Curator() => User.Identity?.Name ?? "unknown";
}
