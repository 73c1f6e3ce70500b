using Zhiku.Access;
using Zhiku.Exporting;
using Zhiku.Model;
using Zhiku.Search;
using Zhiku.Search.Indexing;
using Zhiku.Storage;

namespace Zhiku.Knowledge;

/// <summary>Chooses the works of an export through the search (so access applies) and streams them from the store.</summary>
internal static class ExportSelection
{
    private const int Page = 5000;

    public static IReadOnlyList<long> Select(KnowledgeBase kb, string? query, Caller caller)
    {
        var ids = new List<long>();
        var offset = 0;
        while (true)
        {
            var result = kb.Search(new SearchRequest { Query = query ?? "*", Offset = offset, Limit = Page, FacetSize = 0, IncludeSnippets = false }, caller);
            ids.AddRange(result.Hits.Select(h => WorkIds.Parse(h.Id)!.Value));
            offset += Page;
            if (offset >= result.Total || result.Hits.Count == 0)
            {
                break;
            }
        }

        ids.Sort();
        return ids;
    }

    public static IEnumerable<ExportedWork> Load(KnowledgeStore store, IReadOnlyList<long> ids)
    {
        using var cmd = store.Command($"SELECT {WorkSql.Document} FROM works w WHERE w.id = $id");
        var parameter = cmd.Parameters.Add("$id", Microsoft.Data.Sqlite.SqliteType.Integer);
        foreach (var id in ids)
        {
            parameter.Value = id;
            if (cmd.ExecuteScalar() is string json)
            {
                yield return new ExportedWork(WorkIds.Format(id), StoreJson.Deserialize<WorkRecord>(json));
            }
        }
    }
}
