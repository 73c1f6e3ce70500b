using System.Collections.Concurrent;

namespace Zhiku.Enrichment.Keywords;

/// <summary>
/// In how many documents of the knowledge base each candidate (word or phrase) occurs: the IDF half of TF-IDF. Built
/// once per batch from the works' texts; thread-safe to fill, so a batch can count on all cores.
/// </summary>
public sealed class DocumentFrequencies
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private int _documents;

    /// <summary>The documents counted.</summary>
    public int Documents => _documents;

    /// <summary>Counts one document's word sequence.</summary>
    public void Add(IReadOnlyList<string?> words)
    {
        Interlocked.Increment(ref _documents);
        foreach (var candidate in KeywordText.Candidates(words).Select(c => c.Candidate).Distinct(StringComparer.Ordinal))
        {
            _counts.AddOrUpdate(candidate, 1, (_, n) => n + 1);
        }
    }

    /// <summary>Smoothed inverse document frequency, ln((N+1)/(df+1)) + 1, as scikit-learn's TfidfVectorizer smooths it.</summary>
    public double Idf(string candidate) =>
        Math.Log((_documents + 1.0) / (_counts.GetValueOrDefault(candidate) + 1.0)) + 1.0;
}
