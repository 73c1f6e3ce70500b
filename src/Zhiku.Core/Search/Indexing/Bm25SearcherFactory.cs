using Lucene.Net.Search;

namespace Zhiku.Search.Indexing;

/// <summary>Gives every searcher the BM25 similarity.</summary>
internal sealed class Bm25SearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(Lucene.Net.Index.IndexReader reader) =>
        new(reader) { Similarity = Ranking.Similarity };
}
