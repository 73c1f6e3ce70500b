using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Zhiku.Access;
using Zhiku.Search.Analysis;
using Zhiku.Search.Querying;
using Zhiku.Storage;
using Zhiku.Storage.Reading;
using Zhiku.Text.Segmentation;

namespace Zhiku.Search.Entities;

/// <summary>
/// Searches people, organisations, projects, outputs and cases with the works' syntax and analyzers, seeing only what the caller may
/// see. The entities are indexed in memory from the store and indexed again when the store has changed since.
/// </summary>
internal sealed class EntitySearchService(KnowledgeStore store, ChineseSegmenter segmenter)
{
    private readonly Lucene.Net.Analysis.Analyzer _indexAnalyzer = SearchAnalyzers.ForIndexing(segmenter);
    private readonly Lucene.Net.Analysis.Analyzer _queryAnalyzer = SearchAnalyzers.ForQueries(segmenter);
    private readonly System.Threading.Lock _rebuild = new();
    private (long Change, IndexSearcher Searcher)? _current;

    public EntitySearchResult Search(SearchEntity entity, SearchRequest request, Caller caller)
    {
        var kind = entity switch
        {
            SearchEntity.People => EntityDocumentBuilder.Person,
            SearchEntity.Organisations => EntityDocumentBuilder.Organisation,
            SearchEntity.Projects => EntityDocumentBuilder.Project,
            SearchEntity.Outputs => EntityDocumentBuilder.Output,
            SearchEntity.Cases => EntityDocumentBuilder.Case,
            _ => null,
        };
        var words = Parse(request.Query);
        if (kind is null)
        {
            return EntitySearchResult.Empty;
        }

        var searcher = Current();
        var query = new BooleanQuery { { words, Occur.MUST }, { new ConstantScoreQuery(new TermQuery(new Term(SearchFields.Kind, kind))), Occur.MUST } };
        var tagged = entity is SearchEntity.Cases or SearchEntity.Outputs;
        if (tagged && request.Filters.TryGetValue(EntityFields.TagFacet, out var code))
        {
            query.Add(new ConstantScoreQuery(new TermQuery(new Term(EntityFields.Tag, code))), Occur.MUST);
        }

        var filter = EntityAccessFilter.For(caller.Scope);
        var wanted = Math.Max(1, request.Offset + request.Limit);
        var top = words is MatchAllDocsQuery
            ? searcher.Search(query, filter, wanted, new Sort(new SortField(EntityFields.WorksSort, SortFieldType.INT64, reverse: true)))
            : searcher.Search(query, filter, wanted);
        var hits = top.ScoreDocs.Skip(request.Offset).Take(request.Limit).Select(sd =>
        {
            var doc = searcher.Doc(sd.Doc);
            return new EntityHit(
                doc.Get(SearchFields.Id), doc.Get(SearchFields.Kind), doc.Get(SearchFields.Title) ?? string.Empty,
                EntityAccessFilter.VisibleWorks(caller.Scope, doc.GetValues(EntityFields.WorkCounts)), doc.Get(EntityFields.Access),
                float.IsNaN(sd.Score) ? 0 : sd.Score);
        }).ToList();
        return new EntitySearchResult(top.TotalHits, hits) { Tags = tagged ? CountTags(searcher, query, filter) : EntitySearchResult.Empty.Tags };
    }

    // Each classification code's number of hits among all the caller may see (the cases are few: read every hit).
    private static Dictionary<string, int> CountTags(IndexSearcher searcher, Query query, Filter? filter)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var hit in searcher.Search(query, filter, Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs)
        {
            foreach (var tag in searcher.Doc(hit.Doc).GetValues(EntityFields.Tag).Distinct(StringComparer.Ordinal))
            {
                counts[tag] = counts.GetValueOrDefault(tag) + 1;
            }
        }

        return counts;
    }

    // The query in the works' syntax; a mistake is the same QuerySyntaxException a works search gives.
    private Query Parse(string text)
    {
        text = text.Trim();
        if (text.Length == 0 || text == "*")
        {
            return new MatchAllDocsQuery();
        }

        var parsed = new ZhikuQueryParser(_queryAnalyzer).ParseQuery(text);
        return parsed is null or BooleanQuery { Clauses.Count: 0 }
            ? throw new QuerySyntaxException(text, QuerySyntaxKind.NoSearchableWords)
            : parsed;
    }

    // The in-memory index as of the store's last change, built again when the store has moved on.
    private IndexSearcher Current()
    {
        using var db = store.OpenReader();
        var change = EntityIndexRows.LastChange(db);
        lock (_rebuild)
        {
            if (_current is { } current && current.Change == change)
            {
                return current.Searcher;
            }

            var directory = new RAMDirectory();
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzers.Version, _indexAnalyzer)))
            {
                var rows = EntityIndexRows.People(db).Concat(EntityIndexRows.Organisations(db)).Concat(EntityIndexRows.Projects(db)).Concat(EntityIndexRows.Outputs(db)).Concat(EntityIndexRows.Cases(db)).ToList();
                EntityIndexRows.AddAttachments(db, rows);
                foreach (var row in rows)
                {
                    writer.AddDocument(EntityDocumentBuilder.Build(row));
                }

                writer.Commit();
            }

            var searcher = new IndexSearcher(DirectoryReader.Open(directory));
            _current = (change, searcher);
            return searcher;
        }
    }
}
