using System.Text.Json.Nodes;

namespace Zhiku.Registry;

/// <summary>What a create, edit or restore saved: the record's id, its new version and its revision (the ETag of the next edit).</summary>
public sealed record RegistrySaved(string Id, int Version, long Revision);

/// <summary>A field whose value a version changed, before and after (null: not set).</summary>
public sealed record FieldChange(string Field, JsonNode? Before, JsonNode? After);

/// <summary>
/// One version of a record: who saved it and when, the access level, how it came about (import: the values before the
/// first edit; create; edit; restore of an earlier version), what changed from the version before, and the whole record.
/// </summary>
public sealed record EntityVersion(
    int Version, string Author, string At, string Access, string Action, int? RestoredFrom, IReadOnlyList<FieldChange> Changes, JsonObject Record)
{
    /// <summary>The file an "attach" or "detach" version added or removed.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? File { get; init; }
}

/// <summary>
/// The history of a record, oldest version first, beside the record as it is now (<see cref="Record"/>), as the latest
/// import gave it and the fields whose curated values override that (provenance keeps both).
/// </summary>
public sealed record EntityHistory(
    string Id, string Kind, string Name, long Revision, string Access, IReadOnlyList<EntityVersion> Versions, JsonObject? Imported, IReadOnlyList<string> CuratedFields)
{
    /// <summary>The record as it is now.</summary>
    public JsonObject Record { get; init; } = [];
}
