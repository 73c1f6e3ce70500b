namespace Zhiku.Text.Segmentation;

/// <summary>A word found by the segmenter: its UTF-16 offset and length in the segmented text.</summary>
public readonly record struct WordToken(int Start, int Length)
{
    /// <summary>The offset just past the word.</summary>
    public int End => Start + Length;
}
