using Zhiku.Access;
using Zhiku.Model;
using Zhiku.Search.Indexing;
using Zhiku.Storage;
using Zhiku.Storage.Reading;

namespace Zhiku.Knowledge.Reading;

/// <summary>Reads a case the caller may see, with its terms and the linked works the caller may see.</summary>
internal static class CaseReader
{
    public const char Prefix = 'C';

    public static CaseDetails? Read(StoreReader db, string publicId, Caller caller)
    {
        if (EntityIds.Parse(Prefix, publicId) is not { } id
            || EntityRows.Case(db, id) is not { } row || !VisibleWorks.MaySeeEntity(caller, row.Owner, row.Access))
        {
            return null;
        }

        var record = StoreJson.Deserialize<CaseRecord>(row.Document);
        var linked = record.Works.Select(WorkIds.Parse).OfType<long>().ToList();
        var (_, works, visible) = VisibleWorks.Of(db, WorkSelection.Ids(linked), caller, Math.Max(1, linked.Count));
        record.Works = [.. record.Works.Where(w => WorkIds.Parse(w) is { } n && visible.Contains(n))];
        var terms = ClassificationRows.All(db).ToDictionary(t => t.Code, StringComparer.Ordinal);
        return new CaseDetails(EntityIds.Format(Prefix, id), row.Name, row.Access, record,
            [.. record.Tags.Select(t => terms.GetValueOrDefault(t) ?? new ClassificationTerm(t, t.Split('.')[0], t, t))], works);
    }
}
