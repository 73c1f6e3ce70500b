namespace Zhiku.Text.Segmentation;

/// <summary>
/// Collects words for a <see cref="WordDictionary"/>: jieba's dict.txt, user dictionary files and single words
/// (domain terms such as 科技智库 or 双随机一公开). Not thread-safe; <see cref="Build"/> returns an immutable copy.
/// </summary>
public sealed class WordDictionaryBuilder
{
    private readonly WordTrie _trie;
    private readonly List<string> _wordsToSuggest = [];
    private double _total;

    /// <summary>An empty builder.</summary>
    public WordDictionaryBuilder()
        : this(new WordTrie(), 0)
    {
    }

    internal WordDictionaryBuilder(WordTrie trie, double total)
    {
        _trie = trie;
        _total = total;
    }

    /// <summary>A builder holding the words of a jieba dictionary file.</summary>
    public static WordDictionaryBuilder FromFile(string path) => new WordDictionaryBuilder().AddFile(path);

    /// <summary>
    /// Adds the words of a dictionary file, one "word [freq] [tag]" a line; words without a frequency get one just
    /// high enough to be cut whole, as jieba's load_userdict does.
    /// </summary>
    public WordDictionaryBuilder AddFile(string path)
    {
        DictionaryFileReader.Read(path, (word, frequency) => AddWord(word, frequency));
        return this;
    }

    /// <summary>
    /// Adds (or re-weights) a word. Without a frequency the word gets jieba's suggest_freq, computed when
    /// <see cref="Build"/> runs against all words with known frequencies. A frequency of 0 deletes the word.
    /// </summary>
    public WordDictionaryBuilder AddWord(string word, int? frequency = null)
    {
        ArgumentNullException.ThrowIfNull(word);
        word = word.Trim();
        if (word.Length == 0)
        {
            return this;
        }

        if (frequency is null)
        {
            _wordsToSuggest.Add(word);
            return this;
        }

        // As jieba's add_word: every frequency adds to the total, also for words seen before (dict.txt lists B超 twice).
        var count = Math.Max(0, frequency.Value);
        _trie.Set(word, count);
        _total += count;
        return this;
    }

    /// <summary>Builds the immutable dictionary; the builder stays usable.</summary>
    public WordDictionary Build()
    {
        if (_wordsToSuggest.Count > 0)
        {
            var segmenter = new ChineseSegmenter(new WordDictionary(_trie.Clone(), Math.Max(1, _total)), hmm: null);
            foreach (var word in _wordsToSuggest)
            {
                AddWord(word, SuggestFrequency(segmenter, word));
            }

            _wordsToSuggest.Clear();
        }

        return new WordDictionary(_trie.Clone(), Math.Max(1, _total));
    }

    /// <summary>
    /// jieba's suggest_freq(word, tune=True): the product of the probabilities of the pieces the word is cut into
    /// now, scaled back to a count, plus one; never lower than the word's current frequency.
    /// </summary>
    private static int SuggestFrequency(ChineseSegmenter segmenter, string word)
    {
        var dictionary = segmenter.Dictionary;
        var probability = 1.0;
        foreach (var piece in segmenter.Cut(word, hmm: false))
        {
            probability *= Math.Max(1, dictionary.Frequency(piece)) / dictionary.Total;
        }

        return Math.Max((int)(probability * dictionary.Total) + 1, Math.Max(1, dictionary.Frequency(word)));
    }
}
