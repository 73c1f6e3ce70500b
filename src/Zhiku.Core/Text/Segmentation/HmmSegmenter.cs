using System.Buffers;

namespace Zhiku.Text.Segmentation;

/// <summary>
/// jieba's finalseg.cut: Viterbi over B/M/E/S for runs of Han chars the dictionary cut into single chars, so that
/// unknown words (names, new terms) are joined. Ties break as in jieba.NET 0.42.2 (last predecessor, E over S).
/// </summary>
internal static class HmmSegmenter
{
    // PrevStatus in jieba's finalseg: the states each state may follow, in jieba.NET's order.
    private static ReadOnlySpan<byte> Previous => [HmmModel.E, HmmModel.S, HmmModel.M, HmmModel.B, HmmModel.B, HmmModel.M, HmmModel.S, HmmModel.E];

    private const int StackLimit = 256;

    /// <summary>Cuts text[start..end) and writes the words.</summary>
    public static void Cut(HmmModel model, ReadOnlySpan<char> text, int start, int end, in TokenWriter writer)
    {
        var i = start;
        while (i < end)
        {
            var j = i + 1;
            if (CharClass.IsHan(text[i]))
            {
                while (j < end && CharClass.IsHan(text[j]))
                {
                    j++;
                }

                Viterbi(model, text, i, j, writer);
            }
            else
            {
                j = SkipEnd(text, i, end);
                writer.Add(i, j - i);
            }

            i = j;
        }
    }

    /// <summary>
    /// The end of the non-Han piece starting at <paramref name="i"/>, as finalseg's re_skip
    /// ([a-zA-Z0-9]+(?:\.\d+)?%?) splits it: a number or word, or a run of chars that start none.
    /// </summary>
    private static int SkipEnd(ReadOnlySpan<char> text, int i, int end)
    {
        var j = i;
        if (!char.IsAsciiLetterOrDigit(text[j]))
        {
            while (j < end && !CharClass.IsHan(text[j]) && !char.IsAsciiLetterOrDigit(text[j]))
            {
                j++;
            }

            return j;
        }

        while (j < end && char.IsAsciiLetterOrDigit(text[j]))
        {
            j++;
        }

        if (j + 1 < end && text[j] == '.' && char.IsAsciiDigit(text[j + 1]))
        {
            j += 2;
            while (j < end && char.IsAsciiDigit(text[j]))
            {
                j++;
            }
        }

        if (j < end && text[j] == '%')
        {
            j++;
        }

        return j;
    }

    private static void Viterbi(HmmModel model, ReadOnlySpan<char> text, int start, int end, in TokenWriter writer)
    {
        var n = end - start;
        byte[]? rented = null;
        Span<byte> back = n <= StackLimit
            ? stackalloc byte[StackLimit * 4]
            : (rented = ArrayPool<byte>.Shared.Rent(n * 4));

        var emission = model.Emission;
        var transition = model.Transition;
        var start0 = HmmModel.Start;
        Span<double> v = stackalloc double[4];
        Span<double> next = stackalloc double[4];
        for (var s = 0; s < 4; s++)
        {
            v[s] = start0[s] + emission[s][text[start]];
        }

        for (var t = 1; t < n; t++)
        {
            var c = text[start + t];
            for (var y = 0; y < 4; y++)
            {
                var em = emission[y][c];
                var best = double.MinValue;
                byte from = 0;
                for (var k = 0; k < 2; k++)
                {
                    var y0 = Previous[(y * 2) + k];
                    var p = v[y0] + transition[(y0 * 4) + y] + em;
                    if (best <= p)
                    {
                        best = p;
                        from = y0;
                    }
                }

                next[y] = best;
                back[(t * 4) + y] = from;
            }

            next.CopyTo(v);
        }

        // Backtrack the states into the same buffer's first column (t * 4 + 0 is no longer needed after reading).
        var state = v[HmmModel.E] < v[HmmModel.S] ? HmmModel.S : HmmModel.E;
        for (var t = n - 1; t >= 0; t--)
        {
            var previous = t > 0 ? back[(t * 4) + state] : (byte)0;
            back[t * 4] = (byte)state;
            state = previous;
        }

        var begin = 0;
        var nextStart = 0;
        for (var t = 0; t < n; t++)
        {
            switch (back[t * 4])
            {
                case HmmModel.B:
                    begin = t;
                    break;
                case HmmModel.E:
                    writer.Add(start + begin, t + 1 - begin);
                    nextStart = t + 1;
                    break;
                case HmmModel.S:
                    writer.Add(start + t, 1);
                    nextStart = t + 1;
                    break;
            }
        }

        if (nextStart < n)
        {
            writer.Add(start + nextStart, n - nextStart);
        }

        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
