namespace Zhiku.Text.Segmentation;

/// <summary>
/// A character trie of dictionary words with their frequencies. Node 0 is the root; its children sit in a direct
/// 64K table (one array read for the first char of every DAG walk), deeper edges in an <see cref="EdgeMap"/>.
/// Mutable only while a <see cref="WordDictionaryBuilder"/> owns it.
/// </summary>
internal sealed class WordTrie
{
    private readonly int[] _rootChildren;
    private readonly EdgeMap _edges;
    private int[] _frequencies;

    public WordTrie()
    {
        _rootChildren = new int[char.MaxValue + 1];
        _edges = new EdgeMap(1 << 20);
        _frequencies = new int[1 << 16];
        NodeCount = 1;
    }

    private WordTrie(WordTrie other)
    {
        _rootChildren = (int[])other._rootChildren.Clone();
        _edges = other._edges.Clone();
        _frequencies = other._frequencies.AsSpan(0, other.NodeCount).ToArray();
        NodeCount = other.NodeCount;
        WordCount = other.WordCount;
    }

    /// <summary>Number of nodes including the root.</summary>
    public int NodeCount { get; private set; }

    /// <summary>Number of nodes that end a word (frequency &gt; 0).</summary>
    public int WordCount { get; private set; }

    /// <summary>The frequencies by node; 0 for a node that is only a prefix (or a deleted word).</summary>
    public ReadOnlySpan<int> Frequencies => _frequencies.AsSpan(0, NodeCount);

    public int RootChild(char c) => _rootChildren[c];

    public int Child(int node, char c) => node == 0 ? _rootChildren[c] : _edges.Get(node, c);

    public int Frequency(int node) => _frequencies[node];

    /// <summary>The node of <paramref name="word"/>, or 0 when it is not even a prefix.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        var node = 0;
        foreach (var c in word)
        {
            node = Child(node, c);
            if (node == 0)
            {
                return 0;
            }
        }

        return node;
    }

    /// <summary>Sets the frequency of a word, creating its prefix nodes; returns the previous frequency.</summary>
    public int Set(ReadOnlySpan<char> word, int frequency)
    {
        var node = 0;
        foreach (var c in word)
        {
            var child = Child(node, c);
            if (child == 0)
            {
                child = NewNode();
                if (node == 0)
                {
                    _rootChildren[c] = child;
                }
                else
                {
                    _edges.Add(node, c, child);
                }
            }

            node = child;
        }

        var previous = _frequencies[node];
        _frequencies[node] = frequency;
        WordCount += (previous > 0 ? -1 : 0) + (frequency > 0 ? 1 : 0);
        return previous;
    }

    public WordTrie Clone() => new(this);

    private int NewNode()
    {
        if (NodeCount == EdgeMap.MaxNodes)
        {
            throw new InvalidOperationException($"a word dictionary holds at most {EdgeMap.MaxNodes} trie nodes");
        }

        if (NodeCount == _frequencies.Length)
        {
            Array.Resize(ref _frequencies, _frequencies.Length * 2);
        }

        return NodeCount++;
    }
}
