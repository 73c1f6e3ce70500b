namespace Zhiku.Text.Segmentation;

/// <summary>
/// jieba's core cut of one block: the DAG of dictionary words starting at each char, the max-probability route by
/// dynamic programming from the end (jieba's calc), then runs of single chars joined by the HMM (__cut_DAG) or,
/// without HMM, runs of single ASCII letters/digits joined (__cut_DAG_NO_HMM).
/// </summary>
internal static class DagCutter
{
    /// <summary>Cuts text[start..end); <paramref name="routeEnd"/> is scratch of at least end + 1 ints.</summary>
    public static void Cut(
        WordDictionary dictionary, HmmModel? hmm, ReadOnlySpan<char> text, int start, int end, Span<int> routeEnd, Span<double> routeProbability, in TokenWriter writer)
    {
        Route(dictionary, text, start, end, routeEnd, routeProbability);
        if (hmm is null)
        {
            WithoutHmm(text, start, end, routeEnd, writer);
            return;
        }

        var buffer = -1;
        var x = start;
        while (x < end)
        {
            var y = routeEnd[x];
            if (y - x == 1)
            {
                buffer = buffer < 0 ? x : buffer;
            }
            else
            {
                Flush(dictionary, hmm, text, buffer, x, writer);
                buffer = -1;
                writer.Add(x, y - x);
            }

            x = y;
        }

        Flush(dictionary, hmm, text, buffer, end, writer);
    }

    /// <summary>
    /// Fills routeEnd[i] with the end of the best first word of text[i..end). Scores are jieba's:
    /// log(freq) - log(total) plus the rest of the route; a char that starts no word scores log(1) - log(total).
    /// Ties keep the shorter word, as jieba.NET does.
    /// </summary>
    private static void Route(WordDictionary dictionary, ReadOnlySpan<char> text, int start, int end, Span<int> routeEnd, Span<double> probability)
    {
        var trie = dictionary.Trie;
        var unknown = 0.0 - dictionary.LogTotal;
        probability[end] = 0;
        for (var i = end - 1; i >= start; i--)
        {
            var best = double.MinValue;
            var bestEnd = -1;
            var node = trie.RootChild(text[i]);
            var j = i;
            while (node != 0)
            {
                var logProbability = dictionary.LogProbability(node);
                if (logProbability > double.NegativeInfinity)
                {
                    var p = logProbability + probability[j + 1];
                    if (best < p)
                    {
                        best = p;
                        bestEnd = j + 1;
                    }
                }

                if (++j >= end)
                {
                    break;
                }

                node = trie.Child(node, text[j]);
            }

            if (bestEnd < 0)
            {
                best = unknown + probability[i + 1];
                bestEnd = i + 1;
            }

            probability[i] = best;
            routeEnd[i] = bestEnd;
        }
    }

    /// <summary>A run of single chars: alone, as single chars if the run is itself a word, else through the HMM.</summary>
    private static void Flush(WordDictionary dictionary, HmmModel hmm, ReadOnlySpan<char> text, int start, int end, in TokenWriter writer)
    {
        if (start < 0)
        {
            return;
        }

        if (end - start == 1)
        {
            writer.Add(start, 1);
        }
        else if (dictionary.Contains(text[start..end]))
        {
            for (var i = start; i < end; i++)
            {
                writer.Add(i, 1);
            }
        }
        else
        {
            HmmSegmenter.Cut(hmm, text, start, end, writer);
        }
    }

    private static void WithoutHmm(ReadOnlySpan<char> text, int start, int end, ReadOnlySpan<int> routeEnd, in TokenWriter writer)
    {
        var buffer = -1;
        var x = start;
        while (x < end)
        {
            var y = routeEnd[x];
            if (y - x == 1 && char.IsAsciiLetterOrDigit(text[x]))
            {
                buffer = buffer < 0 ? x : buffer;
            }
            else
            {
                if (buffer >= 0)
                {
                    writer.Add(buffer, x - buffer);
                    buffer = -1;
                }

                writer.Add(x, y - x);
            }

            x = y;
        }

        if (buffer >= 0)
        {
            writer.Add(buffer, end - buffer);
        }
    }
}
