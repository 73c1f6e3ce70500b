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
    internal static StoreStatistics Compute(KnowledgeStore store, Caller caller)
    {
        var byKind = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var byLanguage = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var visible = new HashSet<long>();
        var works = 0;
        var scope = caller.Scope;
        using (var cmd = store.Command("SELECT id, kind, lang, owner_org, access FROM works"))
        using (var reader = cmd.ExecuteReader())
        {
            while (reader.Read())
            {
                if (!scope.Allows(reader.GetInt64(3), AccessLevels.Parse(reader.GetString(4))))
                {
                    continue;
                }

                works++;
                visible.Add(reader.GetInt64(0));
                var kind = WorkKinds.Name(Enum.Parse<WorkKind>(reader.GetString(1)));
                byKind[kind] = byKind.GetValueOrDefault(kind) + 1;
                var lang = reader.IsDBNull(2) ? "und" : reader.GetString(2);
                byLanguage[lang] = byLanguage.GetValueOrDefault(lang) + 1;
            }
        }

        var byFormat = new SortedDictionary<string, int>(StringComparer.Ordinal);
        using (var cmd = store.Command("SELECT DISTINCT work_id, format FROM work_sources"))
        using (var reader = cmd.ExecuteReader())
        {
            while (reader.Read())
            {
                if (visible.Contains(reader.GetInt64(0)))
                {
                    var format = reader.GetString(1);
                    byFormat[format] = byFormat.GetValueOrDefault(format) + 1;
                }
            }
        }

        var entities = Reading.VisibleEntities.Count(store.Connection, caller);
        return new StoreStatistics(works, byKind, byFormat, byLanguage, entities.People, entities.Organisations, entities.Projects, store.LastSequence);
    }
}
