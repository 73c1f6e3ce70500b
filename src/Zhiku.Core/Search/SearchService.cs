using Lucene.Net.Index;
using Lucene.Net.Search;
using Zhiku.Access;
using Zhiku.Search.Analysis;
using Zhiku.Search.Indexing;
using Zhiku.Search.Querying;

namespace Zhiku.Search;

/// <summary>Searches the index on behalf of a caller: hits, total, snippets and facets see only what the caller may see.</summary>
public sealed class SearchService(SearchIndex index)
{
    private readonly Lucene.Net.Analysis.Analyzer _highlightAnalyzer = SearchAnalyzers.ForIndexing(index.Segmenter);
    private readonly Lucene.Net.Analysis.Analyzer _queryAnalyzer = SearchAnalyzers.ForQueries(index.Segmenter);

    private readonly SearchResultCache _cache = new(DefaultCacheEntries);

    /// <summary>The accepted keyword thesaurus now: search expands its terms, the keyword facet counts preferred terms.</summary>
    public Func<Thesaurus.KeywordCanon> Canon { get; init; } = () => Thesaurus.KeywordCanon.Empty;

    /// <summary>How many recent results are kept by default.</summary>
    public const int DefaultCacheEntries = 1000;

    /// <summary>How many recent results are kept (0: none); a refreshed index drops them all.</summary>
    public int CacheEntries
    {
        get => _cache.Capacity;
        set => _cache.Capacity = Math.Max(0, value);
    }

    /// <summary>Searches answered from the cache and searches computed, since the start.</summary>
    public (long Hits, long Misses) CacheStatistics => (_cache.Hits, _cache.Misses);

    public SearchResult Search(SearchRequest request, Caller caller)
    {
        var canon = Canon();
        var searcher = index.Acquire();
        try
        {
            var query = Build(request, canon, searcher.IndexReader);
            if (_cache.TryGet(searcher.IndexReader, request, caller, canon.Stamp.ToString(), out var cached, out var key))
            {
                return cached;
            }

            var result = Compute(searcher, query, request, caller, canon);
            _cache.Put(searcher.IndexReader, key, result);
            return result;
        }
        finally
        {
            index.Release(searcher);
        }
    }

    private SearchResult Compute(IndexSearcher searcher, Query query, SearchRequest request, Caller caller, Thesaurus.KeywordCanon canon)
    {
        var filter = AccessFilter.For(caller);
        var wanted = Math.Max(1, request.Offset + request.Limit);
        var top = request.Sort switch
        {
            SearchSort.Date => (ICollector)TopFieldCollector.Create(
                new Sort(new SortField(SearchFields.DateSort, SortFieldType.INT64, reverse: true), SortField.FIELD_SCORE),
                wanted, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false),
            SearchSort.Citations => TopFieldCollector.Create(
                new Sort(new SortField(SearchFields.CitesSort, SortFieldType.INT64, reverse: true), SortField.FIELD_SCORE),
                wanted, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false),
            _ => TopScoreDocCollector.Create(wanted, docsScoredInOrder: false),
        };
        using var facets = new FacetCollector(searcher.IndexReader, request.FacetSize > 0 ? SearchFields.Facets : [], canon);
        searcher.Search(query, filter, request.FacetSize > 0 ? MultiCollector.Wrap(top, facets) : top);
        var topDocs = top is TopScoreDocCollector byScore ? byScore.GetTopDocs() : ((TopFieldCollector)top).GetTopDocs();

        var snippets = request.IncludeSnippets ? new Snippets(query, _highlightAnalyzer, CjkTerms(searcher, query)) : null;
        var hits = topDocs.ScoreDocs.Skip(request.Offset).Take(request.Limit)
            .Select(sd => ToHit(searcher.Doc(sd.Doc), sd.Score, snippets))
            .ToList();
        var facetCounts = facets.Top(request.FacetSize).ToDictionary(
            p => p.Key,
            p => (IReadOnlyDictionary<string, int>)ThesaurusFacets.Merge(canon, p.Key, p.Value).Take(request.FacetSize).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal),
            StringComparer.Ordinal);
        var years = request.FacetSize <= 0 ? [] : request.HasYearRange ? YearsWithoutRange(searcher, request, filter, canon) : YearHistogram.From(facets.All("year"));
        return new SearchResult(topDocs.TotalHits, hits, facetCounts) { Years = years };
    }

    // The histogram of a search restricted to a year range counts the works of every year, so the range can widen again.
    private IReadOnlyList<YearCount> YearsWithoutRange(IndexSearcher searcher, SearchRequest request, Filter? filter, Thesaurus.KeywordCanon canon)
    {
        using var years = new FacetCollector(searcher.IndexReader, ["year"]);
        searcher.Search(Build(request with { YearFrom = null, YearTo = null }, canon, searcher.IndexReader), filter, years);
        return YearHistogram.From(years.All("year"));
    }

    private Query Build(SearchRequest request, Thesaurus.KeywordCanon canon, IndexReader reader)
    {
        var query = BuildWithoutYears(request, canon, reader);
        if (!request.HasYearRange)
        {
            return query;
        }

        if (request.YearFrom > request.YearTo)
        {
            throw new SearchRequestException(SearchRequestMistake.YearsReversed, "to", $"{request.YearFrom}–{request.YearTo}");
        }

        var range = NumericRangeQuery.NewInt32Range(SearchFields.Year, request.YearFrom, request.YearTo, true, true);
        return new BooleanQuery { { query, Occur.MUST }, { new ConstantScoreQuery(range), Occur.MUST } };
    }

    private Query BuildWithoutYears(SearchRequest request, Thesaurus.KeywordCanon canon, IndexReader reader)
    {
        var text = request.Query.Trim();
        var parsed = text.Length == 0 || text == "*" ? new MatchAllDocsQuery() : new ZhikuQueryParser(_queryAnalyzer, thesaurus: canon).ParseQuery(text);
        if (parsed is null or BooleanQuery { Clauses.Count: 0 })
        {
            // Every word was a stop word ("the", "to be or not to be"): search them in the titles as written.
            parsed = new ZhikuQueryParser(_queryAnalyzer, stopWordsOnly: true).ParseQuery(text);
        }

        if (parsed is null or BooleanQuery { Clauses.Count: 0 })
        {
            throw new QuerySyntaxException(request.Query, QuerySyntaxKind.NoSearchableWords);
        }

        if (request.Filters.Count == 0)
        {
            return parsed;
        }

        var combined = new BooleanQuery { { parsed, Occur.MUST } };
        foreach (var (facet, value) in request.Filters)
        {
            if (!SearchFields.Facets.Contains(facet, StringComparer.Ordinal))
            {
                throw new QuerySyntaxException(request.Query, QuerySyntaxKind.UnknownFacet, detail: facet);
            }

            combined.Add(new ConstantScoreQuery(ThesaurusFacets.Filter(canon, reader, facet, value)), Occur.MUST);
        }

        return combined;
    }

    // The Chinese terms of the query (words and bigrams), for marking snippets.
    private static HashSet<string> CjkTerms(IndexSearcher searcher, Query query)
    {
        var terms = new HashSet<Term>();
        try
        {
            searcher.Rewrite(query).ExtractTerms(terms);
        }
        catch (NotSupportedException)
        {
            // Queries without terms (match-all, numeric ranges) have nothing to mark.
        }

        return [.. terms.Select(t => t.Text).Where(t => t.Any(Model.LanguageGuess.IsCjk))];
    }

    private static SearchHit ToHit(Lucene.Net.Documents.Document doc, float score, Snippets? snippets)
    {
        var yearField = doc.GetField(SearchFields.Year);
        return new SearchHit(
            doc.Get(SearchFields.Id),
            doc.Get(SearchFields.Kind),
            doc.Get(SearchFields.Title) ?? string.Empty,
            yearField?.GetInt32Value(),
            doc.GetValues("author_display"),
            doc.Get(SearchFields.Source),
            snippets?.For(doc) ?? string.Empty,
            float.IsNaN(score) ? 0 : score);
    }
}
