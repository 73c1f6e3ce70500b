using System.Globalization;
using Zhiku.Model;

namespace Zhiku.Access;

/// <summary>
/// What a caller may see, defined once. Every read path asks this scope: the C# check (<see cref="Allows"/>), the SQL
/// condition (<see cref="AccessSql"/>) and the Lucene filter (<c>Search.Querying.AccessFilter</c>) are translations of
/// the same <see cref="Grants"/>. The rules: anyone sees public records; a member of an organisation also sees its
/// shared and internal records, and its restricted ones when their role allows; an organisation that another names as
/// its partner sees that one's shared records; the data directory's owner sees everything.
/// </summary>
public sealed class AccessScope
{
    private static readonly AccessLevel[] PublicOnly = [AccessLevel.Public];
    private static readonly AccessLevel[] SharedOnly = [AccessLevel.Shared];
    private static readonly AccessLevel[] Member = [AccessLevel.Shared, AccessLevel.Internal];
    private static readonly AccessLevel[] MemberWithRestricted = [AccessLevel.Shared, AccessLevel.Internal, AccessLevel.Restricted];

    private AccessScope(bool everything, IReadOnlyList<AccessGrant> grants, string key)
    {
        SeesEverything = everything;
        Grants = grants;
        Key = key;
    }

    /// <summary>The owner's scope: no condition at all.</summary>
    public static AccessScope Everything { get; } = new(true, [], "owner");

    /// <summary>True for the data directory's owner: every record, no filter.</summary>
    public bool SeesEverything { get; }

    /// <summary>What the caller may see, one grant per owner (public records of any owner first). Empty for the owner.</summary>
    public IReadOnlyList<AccessGrant> Grants { get; }

    /// <summary>Names what the caller may see: callers with equal keys see the same records (cache keys use it).</summary>
    public string Key { get; }

    /// <summary>The scope of a caller.</summary>
    public static AccessScope Of(Caller caller)
    {
        if (caller.IsDataOwner)
        {
            return Everything;
        }

        var grants = new List<AccessGrant> { new(null, PublicOnly) };
        if (caller.OrganisationId is { } org)
        {
            grants.Add(new(org, caller.MaySeeRestricted ? MemberWithRestricted : Member));
        }

        foreach (var partner in caller.SharingOrganisations.Where(p => p != caller.OrganisationId).Distinct().Order())
        {
            grants.Add(new(partner, SharedOnly));
        }

        var key = string.Create(CultureInfo.InvariantCulture,
            $"{caller.OrganisationId}|{caller.MaySeeRestricted}|{string.Join(',', caller.SharingOrganisations.Distinct().Order())}");
        return new AccessScope(false, grants, key);
    }

    /// <summary>Whether the caller may see a record (a work, a registry row) of this owner (null: none) and access level.</summary>
    public bool Allows(long? owner, AccessLevel level) => SeesEverything || Grants.Any(g => g.Covers(owner, level));

    /// <summary>
    /// Whether the caller may see a person: where their own record is visible, or where at least one of their works is
    /// (an author of a restricted work is no more visible than the work).
    /// </summary>
    public bool AllowsPerson(long? owner, AccessLevel level, IEnumerable<(long Owner, AccessLevel Level)> works) =>
        Allows(owner, level) || works.Any(w => Allows(w.Owner, w.Level));

    /// <summary>
    /// Whether the caller may see an import batch: as an internal record of the organisation that imported it, whatever
    /// the access of its records (a batch's files and counts are the importing organisation's business).
    /// </summary>
    public bool AllowsBatch(long owner) => Allows(owner, BatchLevel);

    /// <summary>The level a batch is read at.</summary>
    internal const AccessLevel BatchLevel = AccessLevel.Internal;
}
