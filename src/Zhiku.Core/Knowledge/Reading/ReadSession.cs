using Zhiku.Access;
using Zhiku.Enrichment.Keywords;
using Zhiku.Formats;
using Zhiku.Model;
using Zhiku.Search;
using Zhiku.Search.Entities;
using Zhiku.Search.Indexing;
using Zhiku.Search.Suggesting;
using Zhiku.Storage;

namespace Zhiku.Knowledge.Reading;

/// <summary>
/// Everything a caller reads from a knowledge base, seen through the caller's access: search, suggestions, details,
/// exports, statistics, recent imports and the works an analysis counts. Get one from <see cref="KnowledgeBase.Read"/>.
/// Each read of the store opens a read-only connection of its own for its duration, so reads on different threads see
/// committed data beside an import, and a session holds nothing that needs disposing: it is the caller and their scope.
/// </summary>
public sealed class ReadSession
{
    private readonly KnowledgeBase _kb;

    internal ReadSession(KnowledgeBase kb, Caller caller)
    {
        _kb = kb;
        Caller = caller;
        Scope = caller.Scope;
    }

    /// <summary>Who reads.</summary>
    public Caller Caller { get; }

    /// <summary>What the caller may see.</summary>
    public AccessScope Scope { get; }

    /// <summary>A read-only reader of the store for one read; the caller disposes it.</summary>
    internal StoreReader Open() => _kb.Store.OpenReader();

    /// <summary>The hits, totals, facets and snippets of a search, over the works the caller may see.</summary>
    public SearchResult Search(SearchRequest request) => _kb.Searcher.Search(request, Caller);

    /// <summary>
    /// People, organisations, projects or outputs matching a query in the works' syntax, among those the caller may see,
    /// with their visible works counted (offset and limit of the request apply; facets and sorts do not). Works go to <see cref="Search"/>.
    /// </summary>
    public EntitySearchResult SearchEntities(SearchEntity entity, SearchRequest request) =>
        entity == SearchEntity.Works
            ? throw new ArgumentException("works are searched with Search", nameof(entity))
            : _kb.Entities.Search(entity, request, Caller);

    /// <summary>Completions of a prefix (keywords, authors, title words) that occur in works the caller may see.</summary>
    public IReadOnlyList<Suggestion> Suggest(string prefix, int limit = 10) => _kb.Suggester.Suggest(prefix, Caller, limit);

    /// <summary>A work with its provenance, or null when it does not exist or the caller may not see it.</summary>
    public WorkDetails? Work(string id)
    {
        using var db = Open();
        return WorkReader.Read(db, id, Caller);
    }

    /// <summary>A person with a page of their visible works (the first 100 unless paged), or null when unknown or hidden from the caller.</summary>
    public PersonDetails? Person(string id, DetailPaging? paging = null)
    {
        using var db = Open();
        return PersonReader.Read(db, id, Caller, paging ?? DetailPaging.First);
    }

    /// <summary>An organisation with a page of each of its lists (visible works, its people's works, people, projects), or null when unknown or hidden.</summary>
    public OrganisationDetails? Organisation(string id, DetailPaging? paging = null)
    {
        using var db = Open();
        return OrganisationReader.Read(db, id, Caller, paging ?? DetailPaging.First);
    }

    /// <summary>A project with a page of its visible works, or null when unknown or hidden.</summary>
    public ProjectDetails? Project(string id, DetailPaging? paging = null)
    {
        using var db = Open();
        return ProjectReader.Read(db, id, Caller, paging ?? DetailPaging.First);
    }

    /// <summary>A case with its classification terms and the linked works the caller may see, or null when unknown or hidden.</summary>
    public CaseDetails? Case(string id)
    {
        using var db = Open();
        return CaseReader.Read(db, id, Caller);
    }

    /// <summary>The case classification standard: every term of the four facets, retired ones included.</summary>
    public IReadOnlyList<ClassificationTerm> Classification()
    {
        using var db = Open();
        return Storage.Reading.ClassificationRows.All(db);
    }

    /// <summary>The projects the caller may see by life-cycle stage, and their open milestones due before <paramref name="today"/> (yyyy-MM-dd).</summary>
    public ProjectOverview Projects(string today)
    {
        using var db = Open();
        return ProjectOverviewReader.Read(db, Caller, today);
    }

    /// <summary>An output (a work with its output record) with its conversion events, or null when it is none or hidden.</summary>
    public Outputs.OutputDetails? Output(string id)
    {
        using var db = Open();
        return OutputReader.Read(db, id, Caller);
    }

    /// <summary>The versions of an output's tags (the first is what the import gave), or null when it is none or hidden.</summary>
    public IReadOnlyList<Outputs.OutputTagVersion>? OutputHistory(string id)
    {
        if (Output(id) is not { } output)
        {
            return null;
        }

        using var db = Open();
        return OutputTagging.History(db, Zhiku.Search.Indexing.WorkIds.Parse(output.Id)!.Value);
    }

    /// <summary>The conversion of the outputs the caller may see that the selection keeps, grouped by <paramref name="by"/>; rates over submitted outputs.</summary>
    public Outputs.ConversionReport Conversion(Outputs.ConversionSelection selection, Outputs.ConversionGrouping by)
    {
        using var db = Open();
        return Outputs.ConversionMetrics.Compute(OutputReader.Select(this, db, selection), by);
    }

    /// <summary>
    /// Where the outputs a query finds reappear in later documents of another query, both among the works the caller
    /// may see: explicit references and reused passages (see <see cref="Outputs.Tracing.InfluenceTracer"/>).
    /// </summary>
    public Outputs.Tracing.TraceReport Trace(string? outputs, string? documents, CancellationToken cancellationToken = default) =>
        Outputs.Tracing.InfluenceTracer.Trace(TraceReader.Texts(this, outputs), TraceReader.Texts(this, documents), cancellationToken);

    /// <summary>
    /// The traces of one output among the policy documents the caller may see: references and reused passages in later
    /// documents, less those rejected for it; null when the output is unknown or hidden.
    /// </summary>
    public Outputs.Tracing.OutputTraces? OutputTraces(string outputId, CancellationToken cancellationToken = default)
    {
        if (Output(outputId) is not { } output || Work(outputId) is not { } work)
        {
            return null;
        }

        // The index over every policy document the caller sees is the expensive part: built once per scope and index version.
        var index = _kb.TraceIndexes.GetOrLoad($"{_kb.Index.Version}\u001f{Scope.Key}", () => new Outputs.Tracing.ReuseIndex(TraceReader.PolicyDocuments(this)));
        var report = Outputs.Tracing.InfluenceTracer.Trace([TraceReader.Text(output.Id, work.Work)], index, cancellationToken);
        HashSet<long> rejected;
        using (var db = Open())
        {
            rejected = Zhiku.Storage.Outputs.TraceRejections.Of(db, Zhiku.Search.Indexing.WorkIds.Parse(output.Id)!.Value);
        }

        var confirmed = output.Events.Where(e => e.Stage == Outputs.ConversionStage.Implemented && e.ImplementedBy is not null).Select(e => e.ImplementedBy!).ToList();
        return new Outputs.Tracing.OutputTraces(
            output.Id,
            [.. report.Links.Where(l => Zhiku.Search.Indexing.WorkIds.Parse(l.Document) is not { } d || !rejected.Contains(d))],
            confirmed);
    }

    /// <summary>How many works (by kind, format and language), people, organisations and projects the caller can see.</summary>
    public StoreStatistics Statistics()
    {
        using var db = Open();
        return StoreStatistics.Compute(db, Scope);
    }

    /// <summary>How many people, organisations and projects the caller can see.</summary>
    public EntityCounts Counts()
    {
        using var db = Open();
        return VisibleEntities.Count(db, Scope);
    }

    /// <summary>The latest import batches the caller may see (those of the caller's organisation; all for the owner).</summary>
    public IReadOnlyList<ImportBatchSummary> RecentImports(int limit = 10)
    {
        using var db = Open();
        return BatchSql.Recent(db, Scope, limit);
    }

    /// <summary>Writes the works matching a query (all visible works when null) in a text export format; returns how many.</summary>
    public int Export(string format, string? query, TextWriter writer, CancellationToken cancellationToken = default)
    {
        using var db = Open();
        return ExportSelection.Write(this, db, format, query, writer, cancellationToken);
    }

    /// <summary>Writes an export file (any format, binary ones included) to a stream; returns how many works it holds.</summary>
    public int Export(ExportFile file, Stream output, CancellationToken cancellationToken = default)
    {
        using var db = Open();
        return ExportSelection.Write(this, db, file, output, cancellationToken);
    }

    /// <summary>The works a query finds (facet filters narrow it as on the search page), merged as stored; shares the analysis cache.</summary>
    public List<WorkRecord> WorksMatching(string? query, IReadOnlyDictionary<string, string>? filters = null) =>
        [.. WorksForAnalysis(query, filters).Works];

    /// <summary>
    /// The works a query finds as an analysis counts them: merged (the default), or each work's records as they were
    /// exported (<paramref name="merge"/> false, bibliometrix's view without duplicatedMatching); either way with the
    /// works stored from several records and the evidence that merged them. Cached per query, filters, merge, access
    /// scope and index version: the analysis workspace asks for the same selection once per chart.
    /// </summary>
    public AnalysisWorks WorksForAnalysis(string? query, IReadOnlyDictionary<string, string>? filters = null, bool merge = true)
    {
        // The accepted thesaurus applies here, once for every analysis: each keyword becomes its preferred term.
        var canon = _kb.Canon.Current;
        return _kb.AnalysisCache.GetOrLoad(AnalysisKey.Of(query, filters, merge, Scope, $"{_kb.Index.Version}/{canon.Stamp}"), () => LoadForAnalysis(query, filters, merge, canon));
    }

    /// <summary>The works of a search with their details, read on one connection, in the search's order.</summary>
    internal IEnumerable<WorkDetails> Details(SearchRequest request)
    {
        using var db = Open();
        const int Page = 2000;
        for (var offset = 0; ; offset += Page)
        {
            var result = Search(request with { Offset = offset, Limit = Page, FacetSize = 0, IncludeSnippets = false });
            foreach (var hit in result.Hits)
            {
                if (WorkReader.Read(db, hit.Id, Caller) is { } details)
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

    private AnalysisWorks LoadForAnalysis(string? query, IReadOnlyDictionary<string, string>? filters, bool merge, Thesaurus.KeywordCanon canon)
    {
        using var db = Open();
        var works = new List<WorkRecord>();
        var records = new List<WorkRecord>();
        var duplicates = new List<Analytics.Bibliometrics.MergedDuplicate>();
        foreach (var details in Details(new SearchRequest { Query = string.IsNullOrWhiteSpace(query) ? "*" : query, Filters = filters ?? new Dictionary<string, string>() }))
        {
            // Accepted keyword enrichments count as machine keywords, as the search index counts them.
            var accepted = details.Enrichments
                .Where(e => e.Field == KeywordModel.Field && e.State == EnrichmentStates.Accepted).Select(e => e.Value).ToList();
            works.Add(WorkFeed.WithKeywords(details.Work, accepted));
            if (details.Sources.Count < 2)
            {
                records.Add(details.Work);
                continue;
            }

            var sources = SourceRecords.Read(db, details.Id);
            if (sources.Count > 0)
            {
                WorkFeed.WithKeywords(sources[0], accepted);
            }

            records.AddRange(sources);
            duplicates.Add(new(details.Id, DuplicateEvidence.Of(sources), [.. details.Sources.Select(DuplicateEvidence.Describe)]));
        }

        foreach (var work in works.Concat(records).Distinct())
        {
            canon.Apply(work);
        }

        return merge
            ? new AnalysisWorks(works, new(true, records.Count, records.Count - works.Count, duplicates))
            : new AnalysisWorks(records, new(false, records.Count, 0, duplicates));
    }
}
