namespace Zhiku.Access;

/// <summary>
/// Who is asking. Every read path takes a caller and sees only what the caller may see: the data directory's owner
/// (the CLI working on it directly) sees everything; an anonymous visitor sees public records; a member of an
/// organisation also sees that organisation's shared and internal records, its restricted records when their role
/// allows, and the shared records of organisations that name it as a partner.
/// </summary>
public sealed record Caller
{
    /// <summary>True for the owner of the data directory: no access filter at all.</summary>
    public bool IsDataOwner { get; init; }

    /// <summary>The caller's organisation, or null for an anonymous visitor.</summary>
    public long? OrganisationId { get; init; }

    /// <summary>Organisations whose shared records this caller's organisation may see.</summary>
    public IReadOnlyList<long> SharingOrganisations { get; init; } = [];

    /// <summary>True for roles that may read their organisation's restricted records (administrator, manager).</summary>
    public bool MaySeeRestricted { get; init; }

    /// <summary>True for administrators: provenance shows where an imported file lies on the server, not only its name.</summary>
    public bool MaySeeFilePaths { get; init; }

    /// <summary>Whether provenance shows this caller absolute file paths (the data directory's owner and administrators).</summary>
    public bool SeesFilePaths => IsDataOwner || MaySeeFilePaths;

    /// <summary>The data directory's owner: the CLI on a local data directory.</summary>
    public static Caller Owner { get; } = new() { IsDataOwner = true };

    /// <summary>An anonymous visitor: public records only.</summary>
    public static Caller Anonymous { get; } = new();

    /// <summary>What this caller may see (<see cref="AccessScope"/> defines it once for every read path).</summary>
    public AccessScope Scope => AccessScope.Of(this);

    /// <summary>Whether this caller may see a record of the given owner and access level.</summary>
    public bool MaySee(long ownerOrg, Model.AccessLevel access) => Scope.Allows(ownerOrg, access);
}
