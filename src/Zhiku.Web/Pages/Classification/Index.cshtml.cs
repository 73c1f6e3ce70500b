using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Registry;
using Zhiku.Web.Accounts;
using Zhiku.Web.Localization;
using Zhiku.Web.Registry;

namespace Zhiku.Web.Pages.Classification;

/// <summary>
/// The case classification standard (<c>/classification</c>): every reader sees its four facets; administrators and
/// managers add, rename, retire and reinstate terms here, with problems named in the reader's language.
/// </summary>
internal sealed class IndexModel(KnowledgeBase kb, Texts texts) : PageModel
{
    public IReadOnlyList<ClassificationTerm> Terms { get; private set; } = [];

    /// <summary>Whether the reader edits the standard (administrators and managers).</summary>
    public bool MayEdit { get; private set; }

    public string? Done { get; private set; }

    public List<string> Problems { get; } = [];

    public void OnGet() => Load();

    public IActionResult OnPostAdd(string? facet, string? key, string? nameZh, string? nameEn, string? parent) => Run(editor =>
    {
        var f = facet?.Trim() ?? "";
        return editor.Add(Actor(), new ClassificationTerm(f + "." + key?.Trim(), f, nameZh ?? "", nameEn ?? "", string.IsNullOrWhiteSpace(parent) ? null : parent.Trim()));
    });

    public IActionResult OnPostUpdate(string code, string? nameZh, string? nameEn, string? retire) =>
        Run(editor => editor.Update(Actor(), code, nameZh, nameEn, retire switch { "retire" => true, "reinstate" => false, _ => null }));

    private IActionResult Run(Func<ClassificationEditor, ClassificationTerm> change)
    {
        try
        {
            var term = change(new ClassificationEditor(kb));
            Done = texts.Format("classification.saved", term.Name(texts.Lang));
        }
        catch (RegistryEditException e)
        {
            Problems.AddRange(e.Problems.Count > 0
                ? e.Problems.Select(p => RegistryProblems.Message(p, texts))
                : [texts["registry.refusal." + char.ToLowerInvariant(e.Refusal.ToString()[0]) + e.Refusal.ToString()[1..]]]);
            Response.StatusCode = e.Refusal switch
            {
                RegistryRefusal.NoRight => StatusCodes.Status403Forbidden,
                RegistryRefusal.NotFound => StatusCodes.Status404NotFound,
                _ => StatusCodes.Status400BadRequest,
            };
        }

        Load();
        return Page();
    }

    private void Load()
    {
        Terms = kb.Read(HttpContext.Caller()).Classification();
        MayEdit = User.Identity?.IsAuthenticated == true && Actor().MayWidenAccess;
    }

    private RegistryActor Actor() => RegistryActors.Of(HttpContext.Caller(), User);
}
