namespace Zhiku.Text.Segmentation;

/// <summary>Appends words to the caller's list; in search mode adds each long word's dictionary sub-words after it.</summary>
internal readonly ref struct TokenWriter(ReadOnlySpan<char> text, WordDictionary dictionary, List<WordToken> output, SegmentMode mode)
{
    private readonly ReadOnlySpan<char> _text = text;

    public void Add(int start, int length)
    {
        output.Add(new WordToken(start, length));
        if (mode == SegmentMode.Search && length > 2)
        {
            AddSubwords(start, length);
        }
    }

    private void AddSubwords(int start, int length)
    {
        var trie = dictionary.Trie;
        var end = start + length;
        for (var i = start; i + 1 < end; i++)
        {
            var first = trie.RootChild(_text[i]);
            var node = first == 0 ? 0 : trie.Child(first, _text[i + 1]);
            if (node == 0)
            {
                continue;
            }

            if (trie.Frequency(node) > 0)
            {
                output.Add(new WordToken(i, 2));
            }

            // jieba takes 3-char sub-words only from words longer than three chars.
            if (length > 3 && i + 2 < end)
            {
                var node3 = trie.Child(node, _text[i + 2]);
                if (node3 != 0 && trie.Frequency(node3) > 0)
                {
                    output.Add(new WordToken(i, 3));
                }
            }
        }
    }
}
