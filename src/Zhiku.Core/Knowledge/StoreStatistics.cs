using Zhiku.Access;
using Zhiku.Model;
using Zhiku.Search;
using Zhiku.Storage;

namespace Zhiku.Knowledge;

/// <summary>Counts of what a caller can see in the knowledge base.</summary>
public sealed record StoreStatistics(
    int Works,
    IReadOnlyDictionary<string, int> ByKind,
    IReadOnlyDictionary<string, int> ByFormat,
    IReadOnlyDictionary<string, int> ByLanguage,
    int People,
    int Organisations,
    int Projects,
    long LastChange)
{
    internal static StoreStatistics Compute(StoreReader db, AccessScope scope)
    {
        var byKind = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (kind, count) in StatisticsSql.WorksBy(db, scope, "kind"))
        {
            var name = WorkKinds.Name(Enum.Parse<WorkKind>(kind));
            byKind[name] = byKind.GetValueOrDefault(name) + count;
        }

        var entities = StatisticsSql.Entities(db, scope);
        return new StoreStatistics(byKind.Values.Sum(), byKind,
            new SortedDictionary<string, int>(StatisticsSql.WorksByFormat(db, scope), StringComparer.Ordinal),
            new SortedDictionary<string, int>(StatisticsSql.WorksBy(db, scope, "lang"), StringComparer.Ordinal),
            entities.People, entities.Organisations, entities.Projects, StatisticsSql.LastSequence(db));
    }
}
