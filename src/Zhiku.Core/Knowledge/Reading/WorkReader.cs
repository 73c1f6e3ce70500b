using System.Globalization;
using Zhiku.Access;
using Zhiku.Model;
using Zhiku.Search.Indexing;
using Zhiku.Storage;
using Zhiku.Storage.Enrichments;
using Zhiku.Storage.Reading;
using Zhiku.Storage.Works;

namespace Zhiku.Knowledge.Reading;

/// <summary>
/// A work's details with the provenance of each field, on whichever reader the caller reads through (the web app
/// uses a read-only one per request while an import writes); invisible works read as missing.
/// </summary>
internal static class WorkReader
{
    public static WorkDetails? Read(StoreReader db, string publicId, Caller caller)
    {
        if (WorkIds.Parse(publicId) is not { } id || WorkRows.Find(db, id) is not { } row)
        {
            return null;
        }

        var access = AccessLevels.Parse(row.Access);
        if (!caller.MaySee(row.Owner, access) || row.Document is null)
        {
            return null;
        }

        var work = StoreJson.Deserialize<WorkRecord>(row.Document);
        var ownerName = row.OwnerName ?? row.Owner.ToString(CultureInfo.InvariantCulture);
        var sources = Sources(db, id, caller.SeesFilePaths);
        var provenanceIds = row.Provenance is null
            ? sources.Count > 0 ? WorkMerger.Merge([new SourcedRecord(sources[0].SourceId, work)]).Provenance : new SortedDictionary<string, long>(StringComparer.Ordinal)
            : StoreJson.Deserialize<SortedDictionary<string, long>>(row.Provenance);
        var byId = sources.ToDictionary(s => s.SourceId);
        var provenance = provenanceIds
            .Where(p => byId.ContainsKey(p.Value))
            .ToDictionary(p => p.Key, p => { var s = byId[p.Value]; return new FieldProvenance(s.File, s.Format, s.Record, s.Line, s.Batch) { Path = s.Path }; }, StringComparer.Ordinal);
        var authorships = WorkRows.Authorships(db, id)
            .Select(a => new Authorship(a.Position, a.Name, a.PersonId is { } person ? EntityIds.Format(EntityIds.Person, person) : null))
            .ToList();
        return new WorkDetails(WorkIds.Format(id), ownerName, access, work, authorships, provenance, sources)
        {
            Enrichments = EnrichmentRows.OfWork(db, id),
        };
    }

    // The store keeps the path as imported (absolute, uploads/… for the web); callers see the file name and batch.
    private static List<WorkSource> Sources(StoreReader db, long id, bool withPaths) =>
    [
        .. WorkRows.Sources(db, id).Select(s => new WorkSource(s.Id, FileName(s.Path), s.Format, s.Record, s.Line, s.BatchId)
        {
            Path = withPaths ? s.Path : null,
        }),
    ];

    // Paths of either separator: a data directory moved between systems keeps the other one's.
    private static string FileName(string path) => path[(path.LastIndexOfAny(['/', '\\']) + 1)..];
}
