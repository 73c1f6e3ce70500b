using System.Globalization;
using Zhiku.Access;
using Zhiku.Model;
using Zhiku.Search.Indexing;
using Zhiku.Storage;
using Zhiku.Storage.Works;

namespace Zhiku.Knowledge;

/// <summary>Reads a work's details from the store, honouring the caller's access (invisible = not found).</summary>
internal static class WorkDetailsReader
{
    public static WorkDetails? Read(KnowledgeStore store, string publicId, Caller caller)
    {
        if (WorkIds.Parse(publicId) is not { } id)
        {
            return null;
        }

        using var cmd = store.Command(
            $"SELECT w.owner_org, w.access, {WorkSql.Document}, w.provenance, o.name FROM works w LEFT JOIN organisations o ON o.id = w.owner_org WHERE w.id = $id");
        cmd.Parameters.AddWithValue("$id", id);
        using var reader = cmd.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var owner = reader.GetInt64(0);
        var access = AccessLevels.Parse(reader.GetString(1));
        if (!caller.MaySee(owner, access))
        {
            return null;
        }

        var work = StoreJson.Deserialize<WorkRecord>(reader.GetString(2));
        var ownerName = reader.IsDBNull(4) ? owner.ToString(CultureInfo.InvariantCulture) : reader.GetString(4);
        var sources = Sources(store, id);
        var provenanceIds = reader.IsDBNull(3)
            ? WorkMerger.Merge([new SourcedRecord(sources[0].SourceId, work)]).Provenance
            : StoreJson.Deserialize<SortedDictionary<string, long>>(reader.GetString(3));
        var byId = sources.ToDictionary(s => s.SourceId);
        var provenance = provenanceIds
            .Where(p => byId.ContainsKey(p.Value))
            .ToDictionary(p => p.Key, p => { var s = byId[p.Value]; return new FieldProvenance(s.File, s.Format, s.Record, s.Line, s.Batch); }, StringComparer.Ordinal);
        return new WorkDetails(WorkIds.Format(id), ownerName, access, work, Authorships(store, id), provenance, sources);
    }

    private static List<WorkSource> Sources(KnowledgeStore store, long id)
    {
        using var cmd = store.Command("SELECT id, file, format, record, line, batch_id FROM work_sources WHERE work_id = $id ORDER BY id");
        cmd.Parameters.AddWithValue("$id", id);
        using var reader = cmd.ExecuteReader();
        var result = new List<WorkSource>();
        while (reader.Read())
        {
            result.Add(new WorkSource(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt64(5)));
        }

        return result;
    }

    private static List<Authorship> Authorships(KnowledgeStore store, long id)
    {
        using var cmd = store.Command("SELECT position, name, person_id FROM authorships WHERE work_id = $id ORDER BY position");
        cmd.Parameters.AddWithValue("$id", id);
        using var reader = cmd.ExecuteReader();
        var result = new List<Authorship>();
        while (reader.Read())
        {
            result.Add(new Authorship(reader.GetInt32(0), reader.GetString(1),
                reader.IsDBNull(2) ? null : "P" + reader.GetInt64(2).ToString(CultureInfo.InvariantCulture)));
        }

        return result;
    }
}
