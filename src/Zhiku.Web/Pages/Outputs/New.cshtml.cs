using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Knowledge;
using Zhiku.Outputs;
using Zhiku.Registry;
using Zhiku.Search;
using Zhiku.Search.Entities;
using Zhiku.Web.Accounts;
using Zhiku.Web.Localization;
using Zhiku.Web.Registry;

namespace Zhiku.Web.Pages.Outputs;

/// <summary>
/// The form that creates an output (<c>/outputs/new</c>, <c>?project=R5</c> from a project's page): outputs no longer
/// have to arrive by a template import. The problems of each field are shown beside it in the reader's language and
/// nothing typed is lost; a saved output opens on its own page and is found by search at once.
/// </summary>
[Authorize(Policy = Policies.Import)]
internal sealed class NewModel(KnowledgeBase kb, Texts texts) : PageModel
{
    /// <summary>The values shown in the form.</summary>
    public NewOutput Form { get; private set; } = new() { Access = "internal" };

    /// <summary>The problems of each field in the reader's language.</summary>
    public Dictionary<string, List<string>> Problems { get; } = new(StringComparer.Ordinal);

    /// <summary>Why the output was refused as a whole (the role, widened access), in the reader's language.</summary>
    public string? Refused { get; private set; }

    /// <summary>The projects the reader may see, to choose the output's project from.</summary>
    public IReadOnlyList<EntityHit> Projects { get; private set; } = [];

    /// <summary>The terms of the classification standard still in use, for the tag picker.</summary>
    public IReadOnlyList<Zhiku.Model.ClassificationTerm> Terms { get; private set; } = [];

    public void OnGet(string? project)
    {
        Form = Form with { Project = project, Date = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
        Load();
    }

    public IActionResult OnPost(string? title, string? type, string? date, string? @abstract, string? authors, string? project, string? access, string[]? tags)
    {
        Form = new NewOutput
        {
            Title = title,
            Type = type,
            Date = date,
            Abstract = @abstract,
            Authors = (authors ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Project = project,
            Access = access,
            Tags = tags ?? [],
        };
        try
        {
            var id = new OutputCreator(kb).Create(RegistryActors.Of(HttpContext.Caller(), User), Form);
            return Redirect($"/outputs/{id}");
        }
        catch (RegistryEditException e)
        {
            foreach (var problem in e.Problems)
            {
                var label = texts["outputnew.field." + problem.Field];
                (Problems.TryGetValue(problem.Field, out var list) ? list : Problems[problem.Field] = []).Add(texts.Format("outputnew.problem." + problem.Code, label, problem.Argument));
            }

            if (e.Problems.Count == 0)
            {
                Refused = texts["registry.refusal." + char.ToLowerInvariant(e.Refusal.ToString()[0]) + e.Refusal.ToString()[1..]];
            }

            Response.StatusCode = e.Refusal == RegistryRefusal.Invalid ? StatusCodes.Status400BadRequest : StatusCodes.Status403Forbidden;
            Load();
            return Page();
        }
    }

    /// <summary>An output type as the reader reads it.</summary>
    public string TypeLabel(string type) => texts["outputpage.word." + type];

    /// <summary>Whether the field has problems, and their words joined.</summary>
    public string? ProblemOf(string field) => Problems.TryGetValue(field, out var list) ? string.Join(texts["registry.separator"], list) : null;

    private void Load()
    {
        var read = kb.Read(HttpContext.Caller());
        Projects = read.SearchEntities(SearchEntity.Projects, new SearchRequest { Query = "*", Limit = 500 }).Hits;
        Terms = [.. read.Classification().Where(t => !t.Retired)];
    }
}
