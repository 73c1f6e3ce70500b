using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Experts;
using Zhiku.Knowledge;
using Zhiku.Search.Querying;
using Zhiku.Web.Accounts;
using Zhiku.Web.Localization;

namespace Zhiku.Web.Pages.Experts;

/// <summary>
/// Team assembly in the web (issue 12): needs, size and the conflicts of interest in a form (posted with the
/// antiforgery token); the team, who covers which need, its communication cost in words and everyone left out with
/// the reason, all from the works the caller may see, as <c>POST /api/v1/experts/teams</c> assembles it.
/// </summary>
internal sealed class TeamModel(KnowledgeBase kb, Texts texts) : PageModel
{
    /// <summary>The largest team the form assembles.</summary>
    public const int MostMembers = 20;

    /// <summary>The longest co-authorship window, in years.</summary>
    public const int MostYears = 50;

    [BindProperty]
    public string? Needs { get; set; }

    [BindProperty]
    public string? Size { get; set; } = "3";

    [BindProperty]
    public bool Require { get; set; }

    [BindProperty]
    public string? Organisations { get; set; }

    [BindProperty]
    public string? CoAuthorsOf { get; set; }

    [BindProperty]
    public string? Within { get; set; } = "5";

    [BindProperty]
    public string? Conflicts { get; set; }

    /// <summary>The needs as read from the form, in order.</summary>
    public IReadOnlyList<string> NeedList { get; private set; } = [];

    public Team? Result { get; private set; }

    /// <summary>What is wrong with the form, by field, in the reader's language.</summary>
    public Dictionary<string, string> Problems { get; } = new(StringComparer.Ordinal);

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        NeedList = [.. Lines(Needs).SelectMany(TeamNeeds.Split).Distinct(StringComparer.OrdinalIgnoreCase)];
        if (NeedList.Count == 0)
        {
            Problems["needs"] = texts["team.error.needs"];
        }

        var size = Number(Size, MostMembers, "size", "team.error.size");
        var within = Number(Within, MostYears, "within", "team.error.within");
        if (Problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        try
        {
            Result = kb.Read(HttpContext.Caller()).AssembleTeam(new TeamRequest
            {
                Needs = NeedList,
                Size = size,
                RequireResearchAndPolicy = Require,
                ExcludeOrganisations = Lines(Organisations),
                ExcludeCoAuthorsOf = string.IsNullOrWhiteSpace(CoAuthorsOf) ? null : CoAuthorsOf.Trim(),
                WithinYears = within,
                Conflicts = Lines(Conflicts),
            });
        }
        catch (TeamPersonUnknownException e)
        {
            var field = e.Field == "conflict" ? "conflicts" : "coauthors";
            Problems[field] = texts.Format("team.error.unknown", texts[field == "conflicts" ? "team.listed" : "team.coauthors-of"], e.Name);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (Exception e) when (e is SearchSyntaxException or ArgumentException)
        {
            Problems["needs"] = texts.Format("team.error.query", string.Join("; ", NeedList), texts.Describe(e));
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    /// <summary>A member's or candidate's name by id (the distances name ids).</summary>
    public string NameOf(string id) => Result?.Members.FirstOrDefault(m => m.Id == id)?.Name ?? id;

    /// <summary>A left-out candidate's reason in the reader's language.</summary>
    public string Why(TeamLeftOut left) => left.Code == TeamReason.Covered && left.Values.Count > 1 && left.Values[1].Length == 0
        ? texts.Format("team.why.covered-none", left.Values[0])
        : texts.Format("team.why." + left.Code, [.. left.Values]);

    /// <summary>An uncovered need, or the experience the team lacks, in the reader's language.</summary>
    public string Uncovered(string item) => NeedList.Contains(item, StringComparer.OrdinalIgnoreCase) ? item
        : item == "research experience" ? texts["experts.research"]
        : item == "policy experience" ? texts["experts.policy"]
        : item;

    /// <summary>One pair's co-authorship distance in words.</summary>
    public string Distance(TeamDistance d) => d.Distance switch
    {
        null => texts.Format("team.distance.none", NameOf(d.From), NameOf(d.To), CoAuthorGraph.MaxDistance, CoAuthorGraph.MaxDistance + 1),
        1 => texts.Format("team.distance.1", NameOf(d.From), NameOf(d.To)),
        { } n => texts.Format("team.distance.n", NameOf(d.From), NameOf(d.To), n - 1, n),
    };

    private static List<string> Lines(string? text) =>
        text is null ? [] : [.. text.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.Length > 0)];

    private int Number(string? text, int most, string field, string problem)
    {
        if (int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= most)
        {
            return value;
        }

        Problems[field] = texts.Format(problem, text?.Trim() ?? string.Empty);
        return 0;
    }
}
