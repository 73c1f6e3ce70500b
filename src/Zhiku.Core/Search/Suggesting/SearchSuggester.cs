using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Zhiku.Access;
using Zhiku.Search.Indexing;
using Zhiku.Search.Querying;

namespace Zhiku.Search.Suggesting;

/// <summary>
/// Completes a search prefix from the index's suggestion terms (keywords, authors, title words), counting only the works
/// the caller may see: a term all of whose works are hidden from the caller is never suggested. Runs on every
/// keystroke, so it reads the term dictionary and postings only (no stored fields).
/// </summary>
public sealed class SearchSuggester(SearchIndex index)
{
    /// <summary>Most frequent terms kept per index segment as candidates for a prefix.</summary>
    private const int CandidatesPerSegment = 200;

    /// <summary>Terms read from the dictionary per prefix and segment (a short prefix of a large index has very many).</summary>
    private const int MaxScanned = 50_000;

    /// <summary>Completes a prefix; a Latin prefix needs two characters, a Chinese one a single character.</summary>
    public IReadOnlyList<Suggestion> Suggest(string prefix, Caller caller, int limit = 10)
    {
        var normalised = SuggestTerms.Normalise(prefix ?? string.Empty);
        if (limit <= 0 || normalised.Length == 0 || (normalised.Length < 2 && !Model.LanguageGuess.IsCjk(normalised[0])))
        {
            return [];
        }

        var filter = AccessFilter.For(caller);
        var searcher = index.Acquire();
        try
        {
            var leaves = searcher.IndexReader.Leaves;
            // Most frequent terms first; each is kept only if the caller may see one of its works, so that a hidden
            // record's words are never offered. Only the kept ones are counted in full.
            var kept = new Dictionary<string, (SuggestionKind Kind, string Term)>(StringComparer.Ordinal);
            foreach (var (term, _) in Candidates(leaves, new BytesRef(normalised)).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal))
            {
                var (kind, display) = SuggestTerms.Parse(term);
                var key = display.ToLowerInvariant();
                if (!kept.ContainsKey(key) && VisibleWorks(leaves, filter, term, stopAt: 1) > 0)
                {
                    kept[key] = (kind, term);
                    if (kept.Count == limit)
                    {
                        break;
                    }
                }
            }

            return [.. kept.Values
                .Select(k => new Suggestion(SuggestTerms.Parse(k.Term).Display, k.Kind, VisibleWorks(leaves, filter, k.Term, stopAt: int.MaxValue)))
                .OrderByDescending(s => s.Works).ThenBy(s => s.Kind).ThenBy(s => s.Text, StringComparer.Ordinal)];
        }
        finally
        {
            index.Release(searcher);
        }
    }

    // The most frequent terms starting with the prefix in each segment, with their document frequency summed over the
    // segments that kept them (deleted documents included: the visibility check reads live documents only).
    private static Dictionary<string, int> Candidates(IList<AtomicReaderContext> leaves, BytesRef prefix)
    {
        var candidates = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var leaf in leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(SuggestTerms.FieldName);
            if (terms is null)
            {
                continue;
            }

            var e = terms.GetEnumerator();
            if (e.SeekCeil(prefix) == TermsEnum.SeekStatus.END)
            {
                continue;
            }

            var top = new PriorityQueue<string, int>();
            var scanned = 0;
            do
            {
                if (!StringHelper.StartsWith(e.Term, prefix) || ++scanned > MaxScanned)
                {
                    break;
                }

                var frequency = e.DocFreq;
                if (top.Count < CandidatesPerSegment)
                {
                    top.Enqueue(e.Term.Utf8ToString(), frequency);
                }
                else if (top.TryPeek(out _, out var least) && frequency > least)
                {
                    top.EnqueueDequeue(e.Term.Utf8ToString(), frequency);
                }
            }
            while (e.MoveNext());

            foreach (var (term, frequency) in top.UnorderedItems)
            {
                candidates[term] = candidates.GetValueOrDefault(term) + frequency;
            }
        }

        return candidates;
    }

    // Live works carrying the term that the access filter lets through (leapfrogging the postings and the filter), up to stopAt.
    private static int VisibleWorks(IList<AtomicReaderContext> leaves, Filter? filter, string term, int stopAt)
    {
        var bytes = new BytesRef(term);
        var count = 0;
        foreach (var leaf in leaves)
        {
            var reader = leaf.AtomicReader;
            var docs = reader.GetTermDocsEnum(new Term(SuggestTerms.FieldName, bytes));
            if (docs is null)
            {
                continue;
            }

            var allowed = filter?.GetDocIdSet(leaf, reader.LiveDocs)?.GetIterator();
            if (filter is not null && allowed is null)
            {
                continue;
            }

            var doc = docs.NextDoc();
            while (doc != DocIdSetIterator.NO_MORE_DOCS)
            {
                var at = allowed is null ? doc : allowed.DocID < doc ? allowed.Advance(doc) : allowed.DocID;
                if (at == DocIdSetIterator.NO_MORE_DOCS)
                {
                    break;
                }

                if (at == doc)
                {
                    if (++count >= stopAt)
                    {
                        return count;
                    }

                    doc = docs.NextDoc();
                }
                else
                {
                    doc = docs.Advance(at);
                }
            }
        }

        return count;
    }
}
