using Zhiku.Access;
using Zhiku.Formats;
using Zhiku.Importing.Pipeline;
using Zhiku.Search;
using Zhiku.Search.Indexing;
using Zhiku.Storage;

namespace Zhiku.Knowledge;

/// <summary>
/// One knowledge base: the store and its search index in a data directory. The CLI, the web platform and the API all
/// go through this facade; every read takes the caller whose access applies.
/// </summary>
public sealed class KnowledgeBase : IDisposable
{
    private KnowledgeBase(KnowledgeStore store, SearchIndex index)
    {
        Store = store;
        Index = index;
        Searcher = new SearchService(index);
    }

    public KnowledgeStore Store { get; }

    public SearchIndex Index { get; }

    private SearchService Searcher { get; }

    /// <summary>Opens a data directory, creating it when missing, and brings the index up to date with the store.</summary>
    public static KnowledgeBase Open(DataDirectory directory)
    {
        var store = KnowledgeStore.Open(directory);
        var index = SearchIndex.Open(directory);
        var kb = new KnowledgeBase(store, index);
        index.CatchUp(store);
        return kb;
    }

    /// <summary>Imports files and folders, then lets the index catch up.</summary>
    public ImportReport Import(
        IEnumerable<string> paths, ImportOptions options, IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        if (Index.IsReadOnly)
        {
            throw new InvalidOperationException(
                $"{Store.Directory}: another zhiku process (zhiku serve or an import) writes this data directory: import through the server with --server, or when it has finished");
        }

        var refusedBefore = Index.Refusals.Select(r => r.WorkId).ToHashSet(StringComparer.Ordinal);
        ImportReport report;
        using (var follower = new IndexFollower(Index, Store))
        {
            report = new ImportService(Store, ImporterCatalog.Default) { ChunkCommitted = follower.Signal }
                .Import(paths, options, progress, cancellationToken);
            follower.Complete();
        }

        Index.CatchUp(Store, cancellationToken: cancellationToken);
        report.IndexRefusals.AddRange(Index.Refusals.Where(r => !refusedBefore.Contains(r.WorkId)).Select(r => $"{r.WorkId}: {r.Reason}"));
        return report;
    }

    public SearchResult Search(SearchRequest request, Caller caller) => Searcher.Search(request, caller);

    /// <summary>How many recent search results are kept for repeated searches (0: none); an import drops them.</summary>
    public int SearchCacheEntries
    {
        get => Searcher.CacheEntries;
        set => Searcher.CacheEntries = value;
    }

    /// <summary>Searches answered from the cache and searches computed, since the knowledge base was opened.</summary>
    public (long Hits, long Misses) SearchCacheStatistics => Searcher.CacheStatistics;

    /// <summary>A work with its provenance, or null when it does not exist or the caller may not see it.</summary>
    public WorkDetails? GetWork(string id, Caller caller) => Reading.WorkReader.Read(Store.Connection, id, caller);

    /// <summary>
    /// The works a query finds for a caller (the search applies the caller's access), read on a connection of their own
    /// so that web requests may call this concurrently with each other and with an import. Facet filters narrow the
    /// search as on the search page.
    /// </summary>
    public List<Model.WorkRecord> WorksMatching(string? query, Caller caller, IReadOnlyDictionary<string, string>? filters = null)
    {
        using var connection = Store.OpenReader();
        return [.. Matching(connection, query, caller, filters).Select(d => d.Work)];
    }

    /// <summary>
    /// The works a query finds as an analysis counts them: merged (the default), or each work's records as they were
    /// exported (<paramref name="merge"/> false, bibliometrix's view without duplicatedMatching); either way with the
    /// works stored from several records and the evidence that merged them.
    /// </summary>
    public AnalysisWorks WorksForAnalysis(string? query, Caller caller, IReadOnlyDictionary<string, string>? filters = null, bool merge = true)
    {
        using var connection = Store.OpenReader();
        var works = new List<Model.WorkRecord>();
        var records = new List<Model.WorkRecord>();
        var duplicates = new List<Analytics.Bibliometrics.MergedDuplicate>();
        foreach (var details in Matching(connection, query, caller, filters))
        {
            works.Add(details.Work);
            if (details.Sources.Count < 2)
            {
                records.Add(details.Work);
                continue;
            }

            var sources = Reading.SourceRecords.Read(connection, details.Id);
            records.AddRange(sources);
            duplicates.Add(new(details.Id, Reading.DuplicateEvidence.Of(sources), [.. details.Sources.Select(Reading.DuplicateEvidence.Describe)]));
        }

        return merge
            ? new AnalysisWorks(works, new(true, records.Count, records.Count - works.Count, duplicates))
            : new AnalysisWorks(records, new(false, records.Count, 0, duplicates));
    }

    private IEnumerable<WorkDetails> Matching(Microsoft.Data.Sqlite.SqliteConnection connection, string? query, Caller caller, IReadOnlyDictionary<string, string>? filters)
    {
        const int Page = 2000;
        for (var offset = 0; ; offset += Page)
        {
            var result = Search(new SearchRequest { Query = string.IsNullOrWhiteSpace(query) ? "*" : query, Offset = offset, Limit = Page, FacetSize = 0, IncludeSnippets = false, Filters = filters ?? new Dictionary<string, string>() }, caller);
            foreach (var hit in result.Hits)
            {
                if (Reading.WorkReader.Read(connection, hit.Id, caller) is { } details)
                {
                    yield return details;
                }
            }

            if (offset + Page >= result.Total || result.Hits.Count == 0)
            {
                yield break;
            }
        }
    }

    public StoreStatistics Statistics(Caller caller) => StoreStatistics.Compute(Store, caller);

    /// <summary>Writes the works matching a query (all visible works when null) in an export format.</summary>
    public int Export(string format, string? query, TextWriter writer, Caller caller, CancellationToken cancellationToken = default) =>
        ExportSelection.Write(this, Store.Connection, format, query, writer, caller, cancellationToken);

    /// <summary>Writes an export file (any format, binary ones included) to a stream; returns how many works it holds.</summary>
    public int Export(ExportFile file, Stream output, Caller caller, CancellationToken cancellationToken = default) =>
        ExportSelection.Write(this, Store.Connection, file, output, caller, cancellationToken);

    /// <summary>Recreates the index from the store.</summary>
    public int RebuildIndex(IProgress<int>? progress = null) => Index.Rebuild(Store, progress);

    public void Dispose()
    {
        Index.Dispose();
        Store.Dispose();
    }
}
