using Zhiku.Model;

namespace Zhiku.Knowledge;

/// <summary>Where one stored value came from: the file's name and the import batch; its absolute path only for administrators.</summary>
public sealed record FieldProvenance(string File, string Format, int Record, int Line, long Batch)
{
    /// <summary>The absolute path of the imported file on the server; null unless the caller sees file paths.</summary>
    public string? Path { get; init; }
}

/// <summary>One source record of a work: the file's name and the import batch; its absolute path only for administrators.</summary>
public sealed record WorkSource(long SourceId, string File, string Format, int Record, int Line, long Batch)
{
    /// <summary>The absolute path of the imported file on the server; null unless the caller sees file paths.</summary>
    public string? Path { get; init; }
}

/// <summary>An author of a work linked to the person in the knowledge base.</summary>
public sealed record Authorship(int Position, string Name, string? PersonId);

/// <summary>A work as a detail page shows it: the merged record, who owns it, and the provenance of each field.</summary>
public sealed record WorkDetails(
    string Id,
    string Owner,
    AccessLevel Access,
    WorkRecord Work,
    IReadOnlyList<Authorship> Authorships,
    IReadOnlyDictionary<string, FieldProvenance> Provenance,
    IReadOnlyList<WorkSource> Sources)
{
    /// <summary>The values methods proposed or a curator accepted for the work's fields (rejected ones are not shown), beside the source's own.</summary>
    public IReadOnlyList<WorkEnrichment> Enrichments { get; init; } = [];
}
