using System.Buffers;

namespace Zhiku.Text.Segmentation;

/// <summary>
/// A Chinese word segmenter compatible with jieba (Sun Junyi, https://github.com/fxsjy/jieba): dictionary DAG,
/// max-probability route, HMM for unknown words. Immutable and thread-safe; share one instance.
/// </summary>
/// <param name="dictionary">The words; see <see cref="WordDictionaryBuilder"/> for user words.</param>
/// <param name="hmm">The HMM for unknown words, or null to cut without it.</param>
public sealed class ChineseSegmenter(WordDictionary dictionary, HmmModel? hmm)
{
    private static readonly Lazy<ChineseSegmenter> LazyDefault = new(() => new(WordDictionary.Default, HmmModel.Default));

    /// <summary>jieba's dictionary and HMM from Resources/ beside the application.</summary>
    public static ChineseSegmenter Default => LazyDefault.Value;

    /// <summary>The words this segmenter knows.</summary>
    public WordDictionary Dictionary { get; } = dictionary;

    /// <summary>
    /// Appends the words of <paramref name="text"/> to <paramref name="output"/>. Runs of Han chars, ASCII letters,
    /// digits and +#&amp;._%·- are cut by dictionary (and HMM when <paramref name="useHmm"/> and a model is set);
    /// whitespace runs, runs of other letters/digits and single other chars become tokens of their own.
    /// </summary>
    public void Segment(ReadOnlySpan<char> text, List<WordToken> output, SegmentMode mode = SegmentMode.Default, bool useHmm = true)
    {
        ArgumentNullException.ThrowIfNull(output);
        var writer = new TokenWriter(text, Dictionary, output, mode);
        var model = useHmm ? hmm : null;
        var routeEnd = ArrayPool<int>.Shared.Rent(text.Length + 1);
        var routeProbability = ArrayPool<double>.Shared.Rent(text.Length + 1);
        try
        {
            var i = 0;
            while (i < text.Length)
            {
                var j = RunEnd(text, i);
                if (CharClass.IsBlock(text[i]))
                {
                    DagCutter.Cut(Dictionary, model, text, i, j, routeEnd, routeProbability, writer);
                }
                else
                {
                    writer.Add(i, j - i);
                }

                i = j;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(routeEnd);
            ArrayPool<double>.Shared.Return(routeProbability);
        }
    }

    /// <summary>The words of <paramref name="text"/> as strings (jieba's cut, without whitespace tokens).</summary>
    public List<string> Cut(string text, bool hmm = true) => Words(text, SegmentMode.Default, hmm);

    /// <summary>The words and sub-words of <paramref name="text"/> (jieba's cut_for_search, without whitespace).</summary>
    public List<string> CutForSearch(string text, bool hmm = true) => Words(text, SegmentMode.Search, hmm);

    private List<string> Words(string text, SegmentMode mode, bool useHmm)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<WordToken>();
        Segment(text, tokens, mode, useHmm);
        var words = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            if (!char.IsWhiteSpace(text[token.Start]))
            {
                words.Add(text.Substring(token.Start, token.Length));
            }
        }

        return words;
    }

    /// <summary>The end of the run starting at <paramref name="i"/>: a block, whitespace, other letters, or one char.</summary>
    private static int RunEnd(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        var j = i + 1;
        if (CharClass.IsBlock(c))
        {
            while (j < text.Length && CharClass.IsBlock(text[j]))
            {
                j++;
            }
        }
        else if (char.IsWhiteSpace(c))
        {
            while (j < text.Length && char.IsWhiteSpace(text[j]))
            {
                j++;
            }
        }
        else if (CharClass.IsOtherWordChar(c))
        {
            while (j < text.Length && CharClass.IsOtherWordChar(text[j]))
            {
                j++;
            }
        }
        else if (char.IsHighSurrogate(c) && j < text.Length && char.IsLowSurrogate(text[j]))
        {
            j++;
        }

        return j;
    }
}
