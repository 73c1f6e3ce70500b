namespace Zhiku.Storage.History;

/// <summary>One stored version of a registry record: the whole record (JSON), its access level, who, when and the summary (JSON).</summary>
internal sealed record EntityVersionRow(int Version, string Author, string At, string Document, string Access, string Summary);

/// <summary>A registry record's row as the editing path reads it: its record, owner, access and revision (its last change).</summary>
internal sealed record EditableRow(long Id, string Document, long? Owner, string Access, long Revision);
