namespace Zhiku.Outputs.Tracing;

/// <summary>
/// The policy documents prepared for finding reused text: their units and shingles, the document frequency of each
/// shingle (a shingle in more than <see cref="MaxDocumentFrequency"/> documents is boilerplate: 各省、自治区、直辖市人民政府,
/// 为深入贯彻… and the like), and an LSH table from each band of each window's MinHash signature to the windows that have it.
/// </summary>
internal sealed class ReuseIndex
{
    private readonly Dictionary<ulong, int> _frequency = [];
    private readonly Dictionary<ulong, List<(int Document, int First)>> _buckets = [];

    public ReuseIndex(IReadOnlyList<TraceText> documents)
    {
        Documents = documents;
        Units = new TextUnits[documents.Count];
        ShingleRuns = new ulong[documents.Count][];
        for (var d = 0; d < documents.Count; d++)
        {
            Units[d] = TextUnits.Of(documents[d].Text);
            ShingleRuns[d] = Shingles.Of(Units[d]);
            foreach (var shingle in ShingleRuns[d].Distinct())
            {
                _frequency[shingle] = _frequency.GetValueOrDefault(shingle) + 1;
            }
        }

        // At least 3, and 2% of a large collection: a phrase in that many policy texts is how they are all written.
        MaxDocumentFrequency = Math.Max(3, documents.Count / 50);
        for (var d = 0; d < documents.Count; d++)
        {
            foreach (var (first, signature) in MinHashWindows.Of(ShingleRuns[d], IsInformative))
            {
                foreach (var band in MinHashWindows.BandKeys(signature))
                {
                    if (!_buckets.TryGetValue(band, out var windows))
                    {
                        _buckets[band] = windows = [];
                    }

                    if (windows.Count == 0 || windows[^1] != (d, first))
                    {
                        windows.Add((d, first));
                    }
                }
            }
        }
    }

    public IReadOnlyList<TraceText> Documents { get; }

    public TextUnits[] Units { get; }

    public ulong[][] ShingleRuns { get; }

    public int MaxDocumentFrequency { get; }

    /// <summary>Whether a shingle says something: it is not in more documents than boilerplate is.</summary>
    public bool IsInformative(ulong shingle) => _frequency.GetValueOrDefault(shingle) <= MaxDocumentFrequency;

    /// <summary>The document windows that share a band with the signature.</summary>
    public IEnumerable<(int Document, int First)> Candidates(ulong[] signature)
    {
        foreach (var band in MinHashWindows.BandKeys(signature))
        {
            if (_buckets.TryGetValue(band, out var windows))
            {
                foreach (var w in windows)
                {
                    yield return w;
                }
            }
        }
    }
}
