using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Reading;
using Zhiku.Model;
using Zhiku.Registry;
using Zhiku.Web.Accounts;
using Zhiku.Web.Localization;
using Zhiku.Web.Registry;

namespace Zhiku.Web.Pages.Projects;

/// <summary>
/// The Project page; its works are those the caller may see. Its life cycle (stage, milestones) changes through the
/// same editing path as the registry form, so each change is a version in the project's history.
/// </summary>
internal sealed class DetailModel(KnowledgeBase knowledge, Texts texts) : EntityDetailModel<ProjectDetails>(knowledge)
{
    private readonly KnowledgeBase _kb = knowledge;

    /// <summary>Why the last change was refused, in the reader's language; null when none was.</summary>
    public string? Refused { get; private set; }

    /// <summary>Today as the overdue milestones are counted (UTC, yyyy-MM-dd).</summary>
    public static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Whether the signed-in reader's role changes projects (administrators, managers, analysts).</summary>
    public bool MayEdit => RegistryActors.Of(HttpContext.Caller(), User).MayEdit;

    protected override ProjectDetails? Read(ReadSession read, string id, DetailPaging paging) => read.Project(id, paging);

    public IActionResult OnPostStage(string id, string? stage) =>
        Change(id, actor => new ProjectLifecycle(_kb).MoveTo(actor, id, stage));

    public IActionResult OnPostMilestone(string id, string? title, string? due, string? output, string? done) =>
        Change(id, actor => new ProjectLifecycle(_kb).AddMilestone(actor, id, new ProjectMilestone
        {
            Title = title ?? "",
            Due = Blank(due),
            Output = Blank(output),
            Done = Blank(done),
        }));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private IActionResult Change(string id, Func<RegistryActor, RegistrySaved> change)
    {
        try
        {
            var saved = change(RegistryActors.Of(HttpContext.Caller(), User));
            return Redirect($"/projects/{saved.Id}#lifecycle");
        }
        catch (RegistryEditException e) when (e.Refusal == RegistryRefusal.NotFound)
        {
            return NotFound();
        }
        catch (RegistryEditException e)
        {
            var shown = OnGet(id);
            Refused = e.Problems.Count > 0
                ? string.Join(texts["registry.separator"], e.Problems.Select(p => RegistryProblems.Message(p, texts)))
                : texts["registry.refusal." + char.ToLowerInvariant(e.Refusal.ToString()[0]) + e.Refusal.ToString()[1..]];
            Response.StatusCode = e.Refusal == RegistryRefusal.Invalid ? StatusCodes.Status400BadRequest : StatusCodes.Status403Forbidden;
            return shown;
        }
    }
}
