using Zhiku.Model;
using Zhiku.Search.Indexing;
using Zhiku.Storage;
using Zhiku.Storage.Reading;

namespace Zhiku.Knowledge.Reading;

/// <summary>The records a work was stored from, as imported, in import order.</summary>
internal static class SourceRecords
{
    public static List<WorkRecord> Read(StoreReader db, string publicId) =>
        WorkIds.Parse(publicId) is not { } id ? [] : [.. WorkRows.SourceDocuments(db, id).Select(StoreJson.Deserialize<WorkRecord>)];
}
