using Zhiku.Access;
using Zhiku.Formats;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge.Reading;
using Zhiku.Search;
using Zhiku.Search.Entities;
using Zhiku.Search.Indexing;
using Zhiku.Search.Suggesting;
using Zhiku.Storage;

namespace Zhiku.Knowledge;

/// <summary>
/// One knowledge base: the store and its search index in a data directory. The CLI, the web platform and the API all
/// go through this facade: imports and maintenance here, every read of records through a <see cref="ReadSession"/>
/// for the caller whose access applies (<see cref="Read"/>).
/// </summary>
public sealed class KnowledgeBase : IDisposable
{
    private KnowledgeBase(KnowledgeStore store, SearchIndex index)
    {
        Store = store;
        Index = index;
        Canon = new Thesaurus.CanonSource(store);
        Searcher = new SearchService(index) { Canon = () => Canon.Current };
        Suggester = new SearchSuggester(index);
        Entities = new EntitySearchService(store, index.Segmenter);
    }

    internal KnowledgeStore Store { get; }

    internal SearchIndex Index { get; }

    internal SearchService Searcher { get; }

    internal SearchSuggester Suggester { get; }

    internal EntitySearchService Entities { get; }

    internal RecentLoads<AnalysisWorks> AnalysisCache { get; } = new(capacity: 4);

    /// <summary>The policy documents' tracing index per access scope and index version: every output page traces against it.</summary>
    internal RecentLoads<Outputs.Tracing.ReuseIndex> TraceIndexes { get; } = new(capacity: 2);

    /// <summary>The accepted keyword thesaurus, as analyses, facets and search apply it.</summary>
    internal Thesaurus.CanonSource Canon { get; }

    /// <summary>
    /// Opens a data directory, creating it when missing, and brings the index up to date with the store: the PostgreSQL
    /// store of <paramref name="store"/> when given (binding the directory to it), else the directory's own store. An
    /// index built from another store is rebuilt from this one.
    /// </summary>
    public static KnowledgeBase Open(DataDirectory directory, StoreLocation? store = null) => Open(KnowledgeStore.Open(directory, store));

    /// <summary>Opens a knowledge base on a store already open (SQLite or another dialect), its index in the store's data directory.</summary>
    internal static KnowledgeBase Open(KnowledgeStore store)
    {
        var directory = store.Directory;
        SearchIndex index;
        try
        {
            // An index beside its own SQLite file was built from it even when it predates the store identity.
            index = SearchIndex.Open(directory, store.Identity, adoptUnmarked: store.Kind == StoreBinding.Sqlite);
        }
        catch
        {
            store.Dispose();
            throw;
        }

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

    /// <summary>How many recent search results are kept for repeated searches (0: none); an import drops them.</summary>
    public int SearchCacheEntries
    {
        get => Searcher.CacheEntries;
        set => Searcher.CacheEntries = value;
    }

    /// <summary>Searches answered from the cache and searches computed, since the knowledge base was opened.</summary>
    public (long Hits, long Misses) SearchCacheStatistics => Searcher.CacheStatistics;

    /// <summary>Selections of works loaded for analyses since the knowledge base was opened (repeats come from a cache).</summary>
    public long AnalysisLoads => AnalysisCache.Loads;

    /// <summary>Tracing indexes built since the knowledge base was opened (the other output pages reused one).</summary>
    public long TraceIndexLoads => TraceIndexes.Loads;

    /// <summary>
    /// A read session for a caller: every read of records (search, suggestions, details, exports, statistics, recent
    /// imports, the works of an analysis) goes through one, and sees only what the caller may see. There is no default
    /// caller: the command line passes <see cref="Caller.Owner"/> where it acts as the data directory's owner.
    /// </summary>
    public ReadSession Read(Caller caller) => new(this, caller ?? throw new ArgumentNullException(nameof(caller)));

    /// <summary>
    /// Records a conversion event of an output (its work id, "W42") for a caller of the organisation that owns it;
    /// <paramref name="next"/>'s RecordedBy names who. Returns the output with its events.
    /// </summary>
    /// <exception cref="Outputs.OutputEventException">The output is unknown or not the caller's, or the event breaks a rule.</exception>
    public Outputs.OutputDetails RecordOutputEvent(Caller caller, string outputId, Outputs.ConversionEvent next) =>
        Followed(OutputRecording.Record(this, caller, outputId, next));

    /// <summary>
    /// Replaces an output's classification tags (codes, or the terms' Chinese or English names) for a caller of the
    /// organisation that owns it; the change is a version of the output's history by <paramref name="by"/>.
    /// </summary>
    /// <exception cref="Outputs.OutputEventException">The output is unknown or not the caller's, or a tag is unknown or retired.</exception>
    public Outputs.OutputDetails SetOutputTags(Caller caller, string outputId, IReadOnlyList<string> tags, string by) =>
        Followed(OutputTagging.Set(this, caller, outputId, tags, by));

    /// <summary>
    /// Confirms a trace: records the policy document <paramref name="documentId"/> as the output's 落实, dated by the
    /// document's day (today when it has none), by the rules of <see cref="RecordOutputEvent"/>.
    /// </summary>
    /// <exception cref="Outputs.OutputEventException">The output or document is unknown or hidden, not the caller's, or the event breaks a rule.</exception>
    public Outputs.OutputDetails ConfirmTrace(Caller caller, string outputId, string documentId, string recordedBy, string? evidence)
    {
        var document = Read(caller).Work(documentId)
            ?? throw new Outputs.OutputEventException(Outputs.OutputEventRefusal.UnknownDocument, "implementedBy",
                $"implementedBy: '{documentId}' is no work you can see (give the id of the policy document, such as W42)");
        var date = Outputs.ConversionRules.IsDay(document.Work.Date)
            ? document.Work.Date!
            : DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return RecordOutputEvent(caller, outputId, new Outputs.ConversionEvent
        {
            Stage = Outputs.ConversionStage.Implemented,
            Date = date,
            ImplementedBy = document.Id,
            Evidence = evidence,
            RecordedBy = recordedBy,
        });
    }

    /// <summary>Rejects a trace, so that the document is not proposed for the output again; false when it was rejected before.</summary>
    /// <exception cref="Outputs.OutputEventException">The output or document is unknown or hidden, or the output is not the caller's.</exception>
    public bool RejectTrace(Caller caller, string outputId, string documentId, string rejectedBy)
    {
        var session = Read(caller);
        var output = session.Output(outputId) ?? throw new Outputs.OutputEventException(Outputs.OutputEventRefusal.UnknownOutput, "id", $"{outputId}: no such output");
        if (!output.MayRecord)
        {
            throw new Outputs.OutputEventException(Outputs.OutputEventRefusal.NotYours, "id", $"{outputId}: only its own organisation records the conversion of an output");
        }

        var document = session.Work(documentId) is { } found ? WorkIds.Parse(found.Id) : null;
        if (document is not { } d)
        {
            throw new Outputs.OutputEventException(Outputs.OutputEventRefusal.UnknownDocument, "implementedBy",
                $"implementedBy: '{documentId}' is no work you can see (give the id of the policy document, such as W42)");
        }

        return Followed(Store.Write(write => Storage.Outputs.TraceRejections.Add(write, WorkIds.Parse(output.Id)!.Value, d, rejectedBy)));
    }

    /// <summary>Finds or creates an organisation by name and returns its id; the index follows the change.</summary>
    public long EnsureOrganisation(string name, Model.OrganisationType type = Model.OrganisationType.Unknown) =>
        Followed(Store.EnsureOrganisation(name, type));

    /// <summary>The id of an organisation by name, or null.</summary>
    public long? FindOrganisation(string name) => Store.FindOrganisation(name);

    /// <summary>Records that <paramref name="partnerOrgId"/> may see what <paramref name="orgId"/> shares.</summary>
    public void AddPartner(long orgId, long partnerOrgId)
    {
        Store.AddPartner(orgId, partnerOrgId);
        Followed(0);
    }

    // A store change written outside an import: the index applies it at once (a no-op where another process writes the
    // index), so its checkpoint does not lag behind the store's last change.
    private T Followed<T>(T result)
    {
        Index.CatchUp(Store);
        return result;
    }

    /// <summary>The index's documents and checkpoint beside the store's last change (equal when the index has caught up).</summary>
    public IndexState IndexState() => new(Index.Count, Index.Checkpoint, Store.CommittedSequence());

    /// <summary>The kind of store: <see cref="StoreBinding.Sqlite"/> (embedded) or <see cref="StoreBinding.Postgres"/> (shared).</summary>
    public string StoreKind => Store.Kind;

    /// <summary>The store's identity, which the index records (an index of another store is rebuilt).</summary>
    public string StoreIdentity => Store.Identity;

    /// <summary>Recreates the index from the store.</summary>
    public int RebuildIndex(IProgress<int>? progress = null) => Index.Rebuild(Store, progress);

    public void Dispose()
    {
        Index.Dispose();
        Store.Dispose();
    }
}
