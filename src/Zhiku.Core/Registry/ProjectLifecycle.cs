using System.Text.Json.Nodes;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Storage;

namespace Zhiku.Registry;

/// <summary>
/// Moves a project through its life cycle and adds its milestones by way of <see cref="RegistryEditor"/>, so that each
/// step is a version in the project's history and a change the search follows. Without a revision the current one is
/// edited: a stage change or a new milestone does not overwrite another field.
/// </summary>
public sealed class ProjectLifecycle(KnowledgeBase kb)
{
    private static RegistryKind Kind => RegistryKind.Project;

    /// <summary>Sets the project's stage (a stage's Chinese or English word), refusing a word that is no stage.</summary>
    public RegistrySaved MoveTo(RegistryActor actor, string projectId, string? stage, long? revision = null)
    {
        var value = ProjectStages.Stage(stage)
            ?? throw RegistryEditException.Invalid([string.IsNullOrWhiteSpace(stage) ? new("stage", "required") : new("stage", "bad-choice", stage.Trim())]);
        var editor = new RegistryEditor(kb);
        return editor.Edit(actor, Kind, projectId, new RegistryChange(new JsonObject { ["stage"] = value }, null, revision ?? Current(editor, actor, projectId).Revision));
    }

    /// <summary>Appends a milestone to the project's milestones, each value checked like the edit form's.</summary>
    public RegistrySaved AddMilestone(RegistryActor actor, string projectId, ProjectMilestone milestone, long? revision = null)
    {
        var editor = new RegistryEditor(kb);
        var current = Current(editor, actor, projectId);
        var rows = current.Record["milestones"] is JsonArray existing ? (JsonArray)existing.DeepClone() : [];
        rows.Add(JsonNode.Parse(StoreJson.Serialize(milestone)));
        return editor.Edit(actor, Kind, projectId, new RegistryChange(new JsonObject { ["milestones"] = rows }, null, revision ?? current.Revision));
    }

    private static EntityHistory Current(RegistryEditor editor, RegistryActor actor, string projectId) =>
        editor.History(actor, Kind, projectId) ?? throw new RegistryEditException(RegistryRefusal.NotFound, $"{projectId}: no such project");
}
