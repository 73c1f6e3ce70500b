using System.Globalization;
using Microsoft.Data.Sqlite;
using Zhiku.Access;
using Zhiku.Model;
using Zhiku.Search.Indexing;
using Zhiku.Storage;
using Zhiku.Storage.Works;

namespace Zhiku.Knowledge.Reading;

/// <summary>
/// A work's details with the provenance of each field, on whichever connection the caller reads through (the web app
/// uses a read-only one per request while an import writes); invisible works read as missing.
/// </summary>
internal static class WorkReader
{
    public static WorkDetails? Read(SqliteConnection connection, string publicId, Caller caller)
    {
        if (WorkIds.Parse(publicId) is not { } id)
        {
            return null;
        }

        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT w.owner_org, w.access, {WorkSql.Document}, w.provenance, o.name FROM works w LEFT JOIN organisations o ON o.id = w.owner_org WHERE w.id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        using var reader = cmd.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var owner = reader.GetInt64(0);
        var access = AccessLevels.Parse(reader.GetString(1));
        if (!caller.MaySee(owner, access) || reader.IsDBNull(2))
        {
            return null;
        }

        var work = StoreJson.Deserialize<WorkRecord>(reader.GetString(2));
        var ownerName = reader.IsDBNull(4) ? owner.ToString(CultureInfo.InvariantCulture) : reader.GetString(4);
        var sources = Sources(connection, id, caller.SeesFilePaths);
        var provenanceIds = reader.IsDBNull(3)
            ? sources.Count > 0 ? WorkMerger.Merge([new SourcedRecord(sources[0].SourceId, work)]).Provenance : new SortedDictionary<string, long>(StringComparer.Ordinal)
            : StoreJson.Deserialize<SortedDictionary<string, long>>(reader.GetString(3));
        var byId = sources.ToDictionary(s => s.SourceId);
        var provenance = provenanceIds
            .Where(p => byId.ContainsKey(p.Value))
            .ToDictionary(p => p.Key, p => { var s = byId[p.Value]; return new FieldProvenance(s.File, s.Format, s.Record, s.Line, s.Batch) { Path = s.Path }; }, StringComparer.Ordinal);
        return new WorkDetails(WorkIds.Format(id), ownerName, access, work, Authorships(connection, id), provenance, sources);
    }

    // The store keeps the path as imported (absolute, uploads/… for the web); callers see the file name and batch.
    private static List<WorkSource> Sources(SqliteConnection connection, long id, bool withPaths)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT id, file, format, record, line, batch_id FROM work_sources WHERE work_id = $id ORDER BY id";
        cmd.Parameters.AddWithValue("$id", id);
        using var reader = cmd.ExecuteReader();
        var result = new List<WorkSource>();
        while (reader.Read())
        {
            var path = reader.GetString(1);
            result.Add(new WorkSource(reader.GetInt64(0), FileName(path), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt64(5))
            {
                Path = withPaths ? path : null,
            });
        }

        return result;
    }

    // Paths of either separator: a data directory moved between systems keeps the other one's.
    private static string FileName(string path) => path[(path.LastIndexOfAny(['/', '\\']) + 1)..];

    private static List<Authorship> Authorships(SqliteConnection connection, long id)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT position, name, person_id FROM authorships WHERE work_id = $id ORDER BY position";
        cmd.Parameters.AddWithValue("$id", id);
        using var reader = cmd.ExecuteReader();
        var result = new List<Authorship>();
        while (reader.Read())
        {
            result.Add(new Authorship(reader.GetInt32(0), reader.GetString(1),
                reader.IsDBNull(2) ? null : EntityIds.Format(EntityIds.Person, reader.GetInt64(2))));
        }

        return result;
    }
}
