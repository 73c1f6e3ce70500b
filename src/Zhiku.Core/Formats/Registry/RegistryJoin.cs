namespace Zhiku.Formats.Registry;

/// <summary>
/// Values from another table in the same folder, matched on this table's id: rows of <see cref="File"/> whose
/// <see cref="On"/> column equals the id give, in file order, their <see cref="Value"/> column, optionally resolved
/// through a lookup table to a display name.
/// </summary>
public sealed class RegistryJoin
{
    /// <summary>The file name in the same folder.</summary>
    public string File { get; set; } = string.Empty;

    public string On { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;

    /// <summary>The target field: authors, subjects, members, organisations, keywords, outputs.</summary>
    public string Target { get; set; } = string.Empty;

    /// <summary>The identifier scheme of the joined values, kept on authors ("nber").</summary>
    public string? Scheme { get; set; }

    public RegistryLookup? Lookup { get; set; }
}
