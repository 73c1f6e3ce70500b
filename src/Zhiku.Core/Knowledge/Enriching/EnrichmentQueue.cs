using Zhiku.Access;
using Zhiku.Model;
using Zhiku.Search;
using Zhiku.Search.Indexing;
using Zhiku.Storage;
using Zhiku.Storage.Enrichments;

namespace Zhiku.Knowledge.Enriching;

/// <summary>
/// The review queue of machine-made enrichments, the one place the CLI, the API and the web page list and decide them:
/// only enrichments of works the caller may see (the works' own access rule), filtered, accepted or rejected singly or
/// in bulk by confidence. The index follows every decision through the change feed.
/// </summary>
public sealed class EnrichmentQueue(KnowledgeBase kb)
{
    /// <summary>Most works a query filter may choose (a queue is reviewed in pages, not whole corpora).</summary>
    public const int MaxQueryWorks = 100_000;

    /// <summary>The enrichments matching <paramref name="filter"/> on works the caller may see, most confident first.</summary>
    public EnrichmentList List(Caller caller, EnrichmentFilter filter, int offset = 0, int limit = 50)
    {
        var rows = Visible(caller, filter);
        return new EnrichmentList(rows.Count, [.. rows.Skip(Math.Max(0, offset)).Take(Math.Max(0, limit))
            .Select(r => new QueuedEnrichment(WorkIds.Format(r.WorkId), r.Title, r.Enrichment))]);
    }

    /// <summary>One enrichment of a work the caller may see, or null (also when it exists on a work hidden from the caller).</summary>
    public QueuedEnrichment? Find(Caller caller, long id)
    {
        ArgumentNullException.ThrowIfNull(caller);
        using var db = kb.Store.OpenReader();
        return EnrichmentRows.FindQueued(db, id) is { } row && caller.MaySee(row.Owner, AccessLevels.Parse(row.Access))
            ? new QueuedEnrichment(WorkIds.Format(row.WorkId), row.Title, row.Enrichment)
            : null;
    }

    /// <summary>Accepts or rejects one enrichment of a work the caller may see; returns it as it is now.</summary>
    public WorkEnrichment Decide(Caller caller, long id, string state, string by)
    {
        if (state is not (EnrichmentStates.Accepted or EnrichmentStates.Rejected))
        {
            throw new ArgumentException($"an enrichment is accepted or rejected, not '{state}'", nameof(state));
        }

        var found = Find(caller, id) ?? throw new ArgumentException($"there is no enrichment {id}", nameof(id));
        var workId = WorkIds.Parse(found.WorkId)!.Value;
        kb.Store.Write(session =>
        {
            new EnrichmentWriter(session).Review(id, workId, found.Enrichment.State, state, by);
            return 0;
        });
        kb.Index.CatchUp(kb.Store);
        using var after = kb.Store.OpenReader();
        return EnrichmentRows.Find(after, id)!.Value.Enrichment;
    }

    /// <summary>
    /// Accepts the proposals matching <paramref name="filter"/> whose confidence is above <paramref name="acceptAbove"/>
    /// and, when given, rejects those below <paramref name="rejectBelow"/>, on the works the caller may see; the rest
    /// stay proposed. Either threshold may be left out, not both.
    /// </summary>
    public EnrichmentReview Review(Caller caller, EnrichmentFilter filter, double? acceptAbove, double? rejectBelow, string by)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (acceptAbove is null && rejectBelow is null)
        {
            throw new ArgumentException("a bulk review accepts above or rejects below a confidence", nameof(acceptAbove));
        }

        var rows = Visible(caller, filter with { State = EnrichmentStates.Proposed });
        var accept = acceptAbove is { } above ? rows.Where(r => Thousandths(r.Enrichment.Confidence) > Thousandths(above)).ToList() : [];
        var reject = rejectBelow is { } below ? rows.Where(r => Thousandths(r.Enrichment.Confidence) < Thousandths(below)).ToList() : [];
        kb.Store.Write(session =>
        {
            var writer = new EnrichmentWriter(session);
            accept.ForEach(r => writer.Review(r.Enrichment.Id, r.WorkId, EnrichmentStates.Proposed, EnrichmentStates.Accepted, by));
            reject.ForEach(r => writer.Review(r.Enrichment.Id, r.WorkId, EnrichmentStates.Proposed, EnrichmentStates.Rejected, by));
            return 0;
        });
        kb.Index.CatchUp(kb.Store);
        return new EnrichmentReview(filter.Field, accept.Count, reject.Count, rows.Count - accept.Count - reject.Count);
    }

    private List<QueueRow> Visible(Caller caller, EnrichmentFilter filter)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(filter);
        var works = string.IsNullOrWhiteSpace(filter.Query) || filter.Query.Trim() == "*" ? null : Works(caller, filter.Query);
        using var db = kb.Store.OpenReader();
        return
        [
            .. EnrichmentRows.Matching(db, filter.Field, filter.State, filter.Model, Bound(filter.MinConfidence), Bound(filter.MaxConfidence))
                .Where(r => (works is null || works.Contains(r.WorkId)) && caller.MaySee(r.Owner, AccessLevels.Parse(r.Access))),
        ];
    }

    // The search already keeps to what the caller may see; the rows are checked again with the same rule.
    private HashSet<long> Works(Caller caller, string query)
    {
        var read = kb.Read(caller);
        var ids = new HashSet<long>();
        const int Page = 2000;
        for (var offset = 0; offset < MaxQueryWorks; offset += Page)
        {
            var result = read.Search(new SearchRequest { Query = query, Offset = offset, Limit = Page, FacetSize = 0, IncludeSnippets = false });
            ids.UnionWith(result.Hits.Select(h => WorkIds.Parse(h.Id)).OfType<long>());
            if (offset + Page >= result.Total || result.Hits.Count == 0)
            {
                break;
            }
        }

        return ids;
    }

    private static int? Bound(double? confidence) => confidence is { } c ? Thousandths(c) : null;

    private static int Thousandths(double confidence) => (int)Math.Round(confidence * 1000);
}
