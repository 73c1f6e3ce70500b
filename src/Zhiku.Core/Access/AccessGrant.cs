using Zhiku.Model;

namespace Zhiku.Access;

/// <summary>
/// One thing a caller may see: the records of <see cref="Owner"/> (of any owner when null) at one of <see cref="Levels"/>.
/// </summary>
public sealed record AccessGrant(long? Owner, IReadOnlyList<AccessLevel> Levels)
{
    /// <summary>Whether a record of this owner (null for a registry row without one) and level falls under the grant.</summary>
    public bool Covers(long? owner, AccessLevel level) => (Owner is null || Owner == owner) && Levels.Contains(level);
}
