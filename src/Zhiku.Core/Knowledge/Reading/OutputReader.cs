using Zhiku.Access;
using Zhiku.Knowledge;
using Zhiku.Outputs;
using Zhiku.Search;
using Zhiku.Search.Indexing;
using Zhiku.Storage;
using Zhiku.Storage.Outputs;

namespace Zhiku.Knowledge.Reading;

/// <summary>Reads outputs with the access of their works: the details of one, and the outputs a conversion analysis counts.</summary>
internal static class OutputReader
{
    public static OutputDetails? Read(StoreReader db, string publicId, Caller caller)
    {
        if (WorkIds.Parse(publicId) is not { } id || OutputReads.Find(db, id) is not { } row
            || !caller.Scope.Allows(row.Owner, AccessLevels.Parse(row.Access)))
        {
            return null;
        }

        return new OutputDetails(
            WorkIds.Format(row.WorkId), row.Title, row.Type, row.ProjectTitle ?? row.Project,
            row.ProjectId is { } p ? EntityIds.Format(EntityIds.Project, p) : null, row.Date, row.Access,
            [.. OutputReads.EventsOf(db, id).Select(e => Visible(e, caller))])
        {
            MayRecord = MayRecord(caller, row.Owner),
            Tags = row.Tags,
        };
    }

    /// <summary>Whether the caller may record events of an output owned by <paramref name="owner"/>: its own organisation's outputs.</summary>
    public static bool MayRecord(Caller caller, long owner) => caller.IsDataOwner || caller.OrganisationId == owner;

    /// <summary>The outputs the caller may see that the selection keeps (a query runs as a works search first).</summary>
    public static List<ConvertedOutput> Select(ReadSession session, StoreReader db, ConversionSelection selection)
    {
        var scope = session.Scope;
        var rows = OutputReads.All(db).Where(r => scope.Allows(r.Owner, AccessLevels.Parse(r.Access))).ToList();
        if (selection.Query is { } query && query.Trim() is { Length: > 0 } q && q != "*")
        {
            var found = SearchIds(session, q);
            rows = [.. rows.Where(r => found.Contains(r.WorkId))];
        }

        var events = OutputReads.AllEvents(db);
        var documents = OutputReads.Documents(db, rows.Select(r => r.WorkId));
        return
        [
            .. rows.Select(r =>
            {
                var doc = documents.GetValueOrDefault(r.WorkId);
                return new ConvertedOutput(
                    r.WorkId, r.Type, r.ProjectTitle ?? r.Project, r.Year ?? Storage.Outputs.OutputYears.Of(r.Date),
                    doc?.Organisations ?? [], [.. doc?.Authors.Select(a => a.Name) ?? []],
                    [.. events.GetValueOrDefault(r.WorkId)?.Select(e => e.Event) ?? []]);
            }).Where(o => o.Matches(selection)),
        ];
    }

    private static HashSet<long> SearchIds(ReadSession session, string query)
    {
        var ids = new HashSet<long>();
        const int Page = 5000;
        for (var offset = 0; ; offset += Page)
        {
            var result = session.Search(new SearchRequest { Query = query, Offset = offset, Limit = Page, FacetSize = 0, IncludeSnippets = false });
            foreach (var hit in result.Hits)
            {
                if (WorkIds.Parse(hit.Id) is { } id)
                {
                    ids.Add(id);
                }
            }

            if (offset + Page >= result.Total || result.Hits.Count == 0)
            {
                return ids;
            }
        }
    }

    private static ConversionEvent Visible(OutputEventRow row, Caller caller) =>
        row.ImplementedWork is { } doc && !(row.ImplementedOwner is { } owner && row.ImplementedAccess is { } access && caller.Scope.Allows(owner, AccessLevels.Parse(access)))
            ? row.Event with { ImplementedBy = null }
            : row.Event with { ImplementedBy = row.ImplementedWork is { } d ? WorkIds.Format(d) : row.Event.ImplementedBy };
}
