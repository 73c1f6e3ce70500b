using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Knowledge;
using Zhiku.Registry;
using Zhiku.Web.Accounts;
using Zhiku.Web.Localization;
using Zhiku.Web.Registry;

namespace Zhiku.Web.Pages.Registry;

/// <summary>
/// The history of a person, organisation or project (<c>/registry/{kind}/{id}/history</c>): every version with who,
/// when and each field before and after, the imported values beside the curated ones, and a restore button per version.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class HistoryModel(KnowledgeBase kb, Texts texts) : PageModel
{
    public RegistryKind Kind { get; private set; } = RegistryKind.Person;

    public EntityHistory History { get; private set; } = null!;

    public string? Done { get; private set; }

    public string? Refused { get; private set; }

    /// <summary>Whether the reader may restore a version (an administrator, manager or analyst).</summary>
    public bool MayRestore { get; private set; }

    private Dictionary<string, Zhiku.Model.ClassificationTerm>? _terms;

    public IActionResult OnGet(string kind, string id) => Load(kind, id) ? Page() : NotFound();

    public IActionResult OnPostRestore(string kind, string id, int version, long revision)
    {
        if (RegistryKind.Find(kind) is not { } found)
        {
            return NotFound();
        }

        try
        {
            var saved = new RegistryEditor(kb).Restore(Actor(), found, id, version, revision);
            Done = texts.Format("registry.history.restored", version, saved.Version);
        }
        catch (RegistryEditException e) when (e.Refusal == RegistryRefusal.NotFound)
        {
            return NotFound();
        }
        catch (RegistryEditException e)
        {
            Refused = texts["registry.refusal." + char.ToLowerInvariant(e.Refusal.ToString()[0]) + e.Refusal.ToString()[1..]];
            Response.StatusCode = e.Refusal == RegistryRefusal.Stale ? StatusCodes.Status409Conflict : StatusCodes.Status403Forbidden;
        }

        return Load(kind, id) ? Page() : NotFound();
    }

    /// <summary>
    /// A stored value of a field as the page shows it: classification codes as their terms in the reader's language with
    /// the code ("创新体系与科技管理 (field.innovation-system)"), so a reader sees what changed, not only codes.
    /// </summary>
    public string Show(string field, JsonNode? value)
    {
        if (value is not JsonArray { Count: > 0 } codes || Kind.Fields.FirstOrDefault(f => f.Name == field)?.Type != RegistryFieldType.Terms)
        {
            return Show(value);
        }

        _terms ??= kb.Read(HttpContext.Caller()).Classification().ToDictionary(t => t.Code, StringComparer.Ordinal);
        return string.Join("; ", codes.Select(c => c?.ToString() is { } code && _terms.TryGetValue(code, out var term) ? $"{term.Name(texts.Lang)} ({code})" : c?.ToString()));
    }

    /// <summary>A stored value as the page shows it: lists joined, nothing as "(empty)".</summary>
    public string Show(JsonNode? value) => value switch
    {
        null => texts["registry.empty"],
        JsonArray list when list.Count == 0 => texts["registry.empty"],
        JsonArray list => string.Join("; ", list.Select(i => i?.ToString())),
        JsonObject map => string.Join("; ", map.Select(p => $"{p.Key}: {p.Value}")),
        _ => value.ToString(),
    };

    /// <summary>The label of a field ("nameEn" → its words in the reader's language).</summary>
    public string Label(string field) => RegistryProblems.Label(field, texts);

    /// <summary>How a version came about, in the reader's language.</summary>
    public string Action(EntityVersion version) =>
        version.RestoredFrom is { } from ? texts.Format("registry.action.restore", from)
        : version.File is { } file ? texts.Format("registry.action." + version.Action, file)
        : texts["registry.action." + version.Action];

    private bool Load(string kind, string id)
    {
        if (RegistryKind.Find(kind) is not { } found || new RegistryEditor(kb).History(Actor(), found, id) is not { } history)
        {
            return false;
        }

        (Kind, History) = (found, history);
        MayRestore = Actor().MayEdit;
        return true;
    }

    private RegistryActor Actor() => RegistryActors.Of(HttpContext.Caller(), User);
}
