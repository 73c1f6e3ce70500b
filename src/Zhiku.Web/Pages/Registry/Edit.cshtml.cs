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
/// The form that creates (<c>/registry/{kind}/new</c>) or edits (<c>/registry/{kind}/{id}</c>) a person, an
/// organisation, a project or a case through the one editing path; problems are shown beside their fields in the reader's language.
/// </summary>
[Authorize(Policy = Policies.Import)]
internal sealed partial class EditModel(KnowledgeBase kb, Texts texts) : PageModel
{
    /// <summary>The id of the create form's path.</summary>
    public const string New = "new";

    public RegistryKind Kind { get; private set; } = RegistryKind.Person;

    /// <summary>The record's id, or null on the create form.</summary>
    public string? Id { get; private set; }

    public long? Revision { get; private set; }

    public string Access { get; private set; } = "internal";

    public string Name { get; private set; } = "";

    /// <summary>The value shown in each field (lists as lines).</summary>
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>The problems of each field (or "access", "revision", "") in the reader's language.</summary>
    public Dictionary<string, List<string>> Problems { get; } = new(StringComparer.Ordinal);

    public string? Refused { get; private set; }

    /// <summary>The terms of the case classification standard, for a case's picker.</summary>
    public IReadOnlyList<Zhiku.Model.ClassificationTerm> Terms { get; private set; } = [];

    public IActionResult OnGet(string kind, string id)
    {
        if (RegistryKind.Find(kind) is not { } found)
        {
            return NotFound();
        }

        Kind = found;
        Terms = StandardFor(found);
        if (id == New)
        {
            return Page();
        }

        if (new RegistryEditor(kb).History(Actor(), Kind, id) is not { } history)
        {
            return NotFound();
        }

        Show(history);
        return Page();
    }

    public IActionResult OnPost(string kind, string id, long? revision, string? access)
    {
        if (RegistryKind.Find(kind) is not { } found)
        {
            return NotFound();
        }

        Kind = found;
        Terms = StandardFor(found);
        var fields = new JsonObject();
        foreach (var field in Kind.Fields)
        {
            // A picker posts each chosen term as its own value; the editor reads a list as lines.
            var value = string.Join('\n', Request.Form[field.Name].OfType<string>());
            Values[field.Name] = value;
            fields[field.Name] = value;
        }

        (Id, Revision, Access) = (id == New ? null : id, revision, access ?? "internal");
        var editor = new RegistryEditor(kb);
        try
        {
            var saved = Id is null
                ? editor.Create(Actor(), Kind, new RegistryChange(fields, access))
                : editor.Edit(Actor(), Kind, Id, new RegistryChange(fields, access, revision));
            return Redirect($"/{Kind.Route}/{saved.Id}");
        }
        catch (RegistryEditException e) when (e.Refusal == RegistryRefusal.NotFound)
        {
            return NotFound();
        }
        catch (RegistryEditException e)
        {
            foreach (var problem in e.Problems)
            {
                (Problems.TryGetValue(problem.Field, out var list) ? list : Problems[problem.Field] = []).Add(RegistryProblems.Message(problem, texts));
            }

            if (e.Problems.Count == 0)
            {
                Refused = texts["registry.refusal." + char.ToLowerInvariant(e.Refusal.ToString()[0]) + e.Refusal.ToString()[1..]];
            }

            Response.StatusCode = e.Refusal switch
            {
                RegistryRefusal.Stale => StatusCodes.Status409Conflict,
                RegistryRefusal.Invalid => StatusCodes.Status400BadRequest,
                _ => StatusCodes.Status403Forbidden,
            };
            return Page();
        }
    }

    /// <summary>A choice as the reader reads it: a project's stage and type in the reader's language, other values as stored.</summary>
    public string ChoiceLabel(RegistryField field, string choice) =>
        Kind == RegistryKind.Project && field.Name is "stage" or "type" ? texts[$"lifecycle.{field.Name}.{choice}"] : choice;

    /// <summary>The page's heading: "New person" or "Edit person: name".</summary>
    public string Heading => Id is null
        ? texts.Format("registry.create", texts[$"registry.{Kind.Entity}.title"])
        : texts.Format("registry.edit", texts[$"registry.{Kind.Entity}.title"], Name);

    private void Show(EntityHistory history)
    {
        (Id, Revision, Access, Name) = (history.Id, history.Revision, history.Access, history.Name);
        foreach (var field in Kind.Fields)
        {
            Values[field.Name] = history.Record[field.Name] switch
            {
                JsonArray rows when field.Columns is { } columns =>
                    string.Join('\n', rows.Select(r => string.Join(" | ", columns.Select(c => r?[c.Name]?.ToString() ?? "")).TrimEnd(' ', '|'))),
                JsonArray list => string.Join('\n', list.Select(i => i?.ToString())),
                JsonNode node => node.ToString(),
                null => "",
            };
        }
    }

    private IReadOnlyList<Zhiku.Model.ClassificationTerm> StandardFor(RegistryKind kind) =>
        kind.Fields.Any(f => f.Type == RegistryFieldType.Terms) ? kb.Read(HttpContext.Caller()).Classification() : [];

    private RegistryActor Actor() => RegistryActors.Of(HttpContext.Caller(), User);
}
