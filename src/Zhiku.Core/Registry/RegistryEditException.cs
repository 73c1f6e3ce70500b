namespace Zhiku.Registry;

/// <summary>Why a create, edit or restore was refused.</summary>
public enum RegistryRefusal
{
    /// <summary>No such record, or one the caller may not see.</summary>
    NotFound,

    /// <summary>No such version of the record.</summary>
    VersionNotFound,

    /// <summary>The caller's role may not create or edit records.</summary>
    NoRight,

    /// <summary>The record belongs to another organisation.</summary>
    NotYours,

    /// <summary>The edit would show the record to more readers than its level, and the caller may not widen access.</summary>
    AccessWidening,

    /// <summary>The record changed since the revision the caller edited.</summary>
    Stale,

    /// <summary>The values are invalid: see <see cref="RegistryEditException.Problems"/>.</summary>
    Invalid,
}

/// <summary>A refused create, edit or restore, with the problems of each field when the values were invalid.</summary>
public sealed class RegistryEditException(RegistryRefusal refusal, string message, IReadOnlyList<RegistryProblem>? problems = null)
    : Exception(message)
{
    public RegistryRefusal Refusal { get; } = refusal;

    public IReadOnlyList<RegistryProblem> Problems { get; } = problems ?? [];

    /// <summary>The record's current revision, when the refusal is <see cref="RegistryRefusal.Stale"/>.</summary>
    public long? CurrentRevision { get; init; }

    public static RegistryEditException Invalid(IReadOnlyList<RegistryProblem> problems) =>
        new(RegistryRefusal.Invalid, string.Join("; ", problems.Select(p => p.Message)), problems);
}
