using Lucene.Net.Search.Similarities;

namespace Zhiku.Search.Indexing;

/// <summary>BM25 ranking (k1 = 1.2, b = 0.75), the same at index time (norms) and at search time.</summary>
internal static class Ranking
{
    public static readonly Similarity Similarity = new BM25Similarity();
}
