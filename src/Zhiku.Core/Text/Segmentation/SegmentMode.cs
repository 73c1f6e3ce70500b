namespace Zhiku.Text.Segmentation;

/// <summary>How words are emitted.</summary>
public enum SegmentMode
{
    /// <summary>jieba's cut: each char in exactly one word.</summary>
    Default,

    /// <summary>
    /// jieba's cut_for_search: each word of more than two chars is followed by its 2- and 3-char dictionary
    /// sub-words, ordered by offset (jieba lists them before the word; after it, offsets never go backwards).
    /// </summary>
    Search,
}
