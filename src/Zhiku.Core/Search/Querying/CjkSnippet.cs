using System.Net;
using System.Text;
using Zhiku.Text.Scripts;

namespace Zhiku.Search.Querying;

/// <summary>Marks literal occurrences of Chinese query terms in a text and cuts the window with the most of them.</summary>
internal static class CjkSnippet
{
    public static string? Best(string text, IReadOnlyCollection<string> terms, int size)
    {
        if (terms.Count == 0)
        {
            return null;
        }

        // Mark every character covered by an occurrence of a term; adjacent bigrams join into one span. Terms are
        // Simplified: look for them in the Simplified form of the text (same length), show the text as written.
        var folded = ScriptFolding.Default.Fold(text);
        var marked = new bool[text.Length];
        var any = false;
        foreach (var term in terms)
        {
            for (var at = folded.IndexOf(term, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(term, at + 1, StringComparison.Ordinal))
            {
                Array.Fill(marked, true, at, term.Length);
                any = true;
            }
        }

        if (!any)
        {
            return null;
        }

        var (start, end) = BestWindow(marked, size);
        var sb = new StringBuilder();
        if (start > 0)
        {
            sb.Append('…');
        }

        for (var i = start; i < end;)
        {
            var j = i;
            while (j < end && marked[j] == marked[i])
            {
                j++;
            }

            var piece = WebUtility.HtmlEncode(text[i..j]);
            sb.Append(marked[i] ? $"<em>{piece}</em>" : piece);
            i = j;
        }

        if (end < text.Length)
        {
            sb.Append('…');
        }

        return sb.ToString();
    }

    // The window of `size` characters holding the most marked characters (sliding sum), started a little before it.
    private static (int Start, int End) BestWindow(bool[] marked, int size)
    {
        if (marked.Length <= size)
        {
            return (0, marked.Length);
        }

        int best = 0, bestStart = 0, sum = 0;
        for (var i = 0; i < marked.Length; i++)
        {
            sum += marked[i] ? 1 : 0;
            if (i >= size)
            {
                sum -= marked[i - size] ? 1 : 0;
            }

            if (i >= size - 1 && sum > best)
            {
                best = sum;
                bestStart = i - size + 1;
            }
        }

        var first = Array.IndexOf(marked, true, bestStart);
        var start = Math.Max(0, Math.Min(bestStart, first - 20));
        return (start, Math.Min(marked.Length, start + size));
    }
}
