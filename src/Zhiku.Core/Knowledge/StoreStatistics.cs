using Microsoft.Data.Sqlite;
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
    internal static StoreStatistics Compute(SqliteConnection connection, AccessScope scope)
    {
        var byKind = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (kind, count) in StatisticsSql.WorksBy(connection, scope, "kind"))
        {
            var name = WorkKinds.Name(Enum.Parse<WorkKind>(kind));
            byKind[name] = byKind.GetValueOrDefault(name) + count;
        }

        var entities = StatisticsSql.Entities(connection, scope);
        return new StoreStatistics(byKind.Values.Sum(), byKind,
            new SortedDictionary<string, int>(StatisticsSql.WorksByFormat(connection, scope), StringComparer.Ordinal),
            new SortedDictionary<string, int>(StatisticsSql.WorksBy(connection, scope, "lang"), StringComparer.Ordinal),
            entities.People, entities.Organisations, entities.Projects, StatisticsSql.LastSequence(connection));
    }
}
