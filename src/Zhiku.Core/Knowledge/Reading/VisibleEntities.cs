using Zhiku.Access;
using Zhiku.Storage;

namespace Zhiku.Knowledge.Reading;

/// <summary>
/// Who sees people, organisations and projects (<see cref="AccessScope"/>): a person is visible where their own record
/// is or where at least one of their works is; organisations and projects where their record is.
/// </summary>
internal static class VisibleEntities
{
    /// <summary>How many people, organisations and projects the caller may see.</summary>
    public static EntityCounts Count(StoreReader db, AccessScope scope)
    {
        var (people, organisations, projects) = StatisticsSql.Entities(db, scope);
        return new EntityCounts(people, organisations, projects);
    }
}
