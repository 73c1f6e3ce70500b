namespace Zhiku.Text.Segmentation;

/// <summary>
/// An immutable, thread-safe jieba word dictionary: word frequencies in a trie plus the log-probabilities the
/// max-probability route needs. Build one with <see cref="WordDictionaryBuilder"/>; share it.
/// </summary>
public sealed class WordDictionary
{
    private static readonly Lazy<WordDictionary> LazyDefault =
        new(() => WordDictionaryBuilder.FromFile(SegmentationResources.MainDictionary).Build());

    private readonly double[] _logProbabilities;

    internal WordDictionary(WordTrie trie, double total)
    {
        Trie = trie;
        Total = total;
        LogTotal = Math.Log(total);
        var frequencies = trie.Frequencies;
        _logProbabilities = new double[frequencies.Length];
        for (var i = 0; i < frequencies.Length; i++)
        {
            // Same expression as jieba's calc: log(freq) - log(total), so routes agree bit for bit.
            _logProbabilities[i] = frequencies[i] > 0 ? Math.Log(frequencies[i]) - LogTotal : double.NegativeInfinity;
        }
    }

    /// <summary>jieba's main dictionary (Resources/dict.txt beside the application), loaded once.</summary>
    public static WordDictionary Default => LazyDefault.Value;

    /// <summary>Number of words (frequency &gt; 0).</summary>
    public int Count => Trie.WordCount;

    /// <summary>Sum of all word frequencies.</summary>
    public double Total { get; }

    internal double LogTotal { get; }

    internal WordTrie Trie { get; }

    /// <summary>Whether <paramref name="word"/> is a dictionary word (frequency &gt; 0).</summary>
    public bool Contains(ReadOnlySpan<char> word) => Frequency(word) > 0;

    /// <summary>The frequency of <paramref name="word"/>, 0 when it is not a word.</summary>
    public int Frequency(ReadOnlySpan<char> word)
    {
        var node = Trie.Find(word);
        return node == 0 ? 0 : Trie.Frequency(node);
    }

    /// <summary>A builder holding a copy of these words, to add user words to.</summary>
    public WordDictionaryBuilder ToBuilder() => new(Trie.Clone(), Total);

    internal double LogProbability(int node) => _logProbabilities[node];
}
