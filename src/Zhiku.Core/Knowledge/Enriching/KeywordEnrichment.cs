using Zhiku.Access;
using Zhiku.Enrichment.Keywords;
using Zhiku.Knowledge.Reading;
using Zhiku.Model;
using Zhiku.Search;
using Zhiku.Search.Indexing;
using Zhiku.Storage;
using Zhiku.Storage.Enrichments;
using Zhiku.Text.Segmentation;

namespace Zhiku.Knowledge.Enriching;

/// <summary>
/// Keyword enrichment of a knowledge base: a batch proposes keywords for the works a query finds (IDF from every work
/// the caller may see), committing every <see cref="ChunkSize"/> works so that an interrupted batch keeps what it did
/// and resumes where it stopped; a review accepts or rejects proposals, singly or in bulk by confidence. Only accepted
/// keywords count in search, facets and analyses; the index follows each review through the change feed.
/// </summary>
public sealed class KeywordEnrichment(KnowledgeBase kb)
{
    /// <summary>Works per transaction of a batch.</summary>
    public const int ChunkSize = 20;

    /// <summary>Keywords proposed per work.</summary>
    public int PerWork { get; init; } = 10;

    /// <summary>
    /// Proposes keywords for the works of <paramref name="query"/> (all when null) that the caller may see. Works the
    /// same model version has enriched are skipped unless <paramref name="again"/>; a value once stored for a work (a
    /// rejected one too) is never proposed twice by the same version.
    /// </summary>
    public EnrichmentRun Run(Caller caller, string? query, bool again = false, IProgress<EnrichmentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var read = kb.Read(caller);
        var text = new KeywordText(ChineseSegmenter.Default);
        var frequencies = new DocumentFrequencies();
        var all = new List<(long Id, string Title, string Body)>();
        foreach (var details in read.Details(new SearchRequest { Query = "*" }))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var work = (WorkIds.Parse(details.Id)!.Value, TextOfWork.Title(details.Work), TextOfWork.Body(details.Work));
            frequencies.Add(text.Words(work.Item2 + "\n" + work.Item3));
            all.Add(work);
        }

        var chosen = string.IsNullOrWhiteSpace(query) || query.Trim() == "*"
            ? all
            : Chosen(read, query, all);
        HashSet<long> done;
        using (var db = kb.Store.OpenReader())
        {
            done = again ? [] : EnrichmentRows.Enriched(db, KeywordModel.Field, KeywordModel.Name, KeywordModel.Version);
        }

        var extractor = new KeywordExtractor(text, frequencies);
        var (enriched, skipped, proposed) = (0, 0, 0);
        foreach (var chunk in chosen.Chunk(ChunkSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var todo = chunk.Where(w => !done.Contains(w.Id)).ToList();
            skipped += chunk.Length - todo.Count;
            var keywords = todo.Select(w => (w.Id, Keywords: extractor.Extract(w.Title, w.Body, PerWork))).ToList();
            proposed += kb.Store.Write(session =>
            {
                var writer = new EnrichmentWriter(session);
                var stored = 0;
                foreach (var (id, list) in keywords)
                {
                    foreach (var keyword in list)
                    {
                        stored += writer.Propose(id, KeywordModel.Field, keyword.Value, Key(keyword.Value), keyword.Confidence, KeywordModel.Name, KeywordModel.Version) ? 1 : 0;
                    }

                    writer.MarkEnriched(id, KeywordModel.Field, KeywordModel.Name, KeywordModel.Version);
                }

                return stored;
            });
            enriched += todo.Count;
            progress?.Report(new EnrichmentProgress(enriched + skipped, chosen.Count));
        }

        return new EnrichmentRun(KeywordModel.Field, KeywordModel.Name, KeywordModel.Version, chosen.Count, enriched, skipped, proposed);
    }

    /// <summary>
    /// Accepts the proposals of a field whose confidence is above <paramref name="acceptAbove"/> and, when given,
    /// rejects those below <paramref name="rejectBelow"/>, on the works the caller may see; the rest stay proposed.
    /// </summary>
    public EnrichmentReview Review(Caller caller, string field, double acceptAbove, double? rejectBelow, string by)
    {
        ArgumentNullException.ThrowIfNull(caller);
        Check(field, acceptAbove, rejectBelow);
        return new EnrichmentQueue(kb).Review(caller, new EnrichmentFilter { Field = field }, acceptAbove, rejectBelow, by);
    }

    /// <summary>Accepts or rejects one enrichment of a work the caller may see; returns it as it is now.</summary>
    public WorkEnrichment Decide(Caller caller, long id, string state, string by) => new EnrichmentQueue(kb).Decide(caller, id, state, by);

    private static List<(long Id, string Title, string Body)> Chosen(ReadSession read, string query, List<(long Id, string Title, string Body)> all)
    {
        var ids = read.Details(new SearchRequest { Query = query }).Select(d => WorkIds.Parse(d.Id)!.Value).ToHashSet();
        return [.. all.Where(w => ids.Contains(w.Id))];
    }

    private static void Check(string field, double acceptAbove, double? rejectBelow)
    {
        if (field != KeywordModel.Field)
        {
            throw new ArgumentException($"there is no enrichment field '{field}': {KeywordModel.Field}", nameof(field));
        }

        if (acceptAbove is < 0 or > 1 || double.IsNaN(acceptAbove) || rejectBelow is < 0 or > 1)
        {
            throw new ArgumentException("a confidence threshold is a number from 0 to 1", nameof(acceptAbove));
        }

        if (rejectBelow > acceptAbove)
        {
            throw new ArgumentException($"--reject-below {rejectBelow} is above --accept-above {acceptAbove}", nameof(rejectBelow));
        }
    }

    private static string Key(string value) => value.Trim().ToLowerInvariant();
}
