namespace Zhiku.Outputs.Tracing;

/// <summary>
/// A text as the tracer compares it: each Chinese (or other non-Latin) character is a unit and each Latin word or
/// number is one, lower-cased; whitespace and punctuation are dropped, so a passage reflowed or repunctuated still
/// matches. Each unit keeps where it stands in the original text, so passages are shown as written.
/// </summary>
internal sealed class TextUnits
{
    private TextUnits(ulong[] hashes, int[] starts, int[] ends, string text)
    {
        Hashes = hashes;
        Starts = starts;
        Ends = ends;
        Text = text;
    }

    /// <summary>A stable 64-bit hash of each unit.</summary>
    public ulong[] Hashes { get; }

    /// <summary>Where each unit starts in <see cref="Text"/>.</summary>
    public int[] Starts { get; }

    /// <summary>Where each unit ends (exclusive) in <see cref="Text"/>.</summary>
    public int[] Ends { get; }

    public string Text { get; }

    public int Count => Hashes.Length;

    public static TextUnits Of(string text)
    {
        var hashes = new List<ulong>(text.Length);
        var starts = new List<int>(text.Length);
        var ends = new List<int>(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                var start = i;
                var hash = Offset;
                while (i < text.Length && IsWordChar(text[i]))
                {
                    hash = (hash ^ char.ToLowerInvariant(text[i])) * Prime;
                    i++;
                }

                hashes.Add(hash);
                starts.Add(start);
                ends.Add(i);
            }
            else if (char.IsLetterOrDigit(c))
            {
                hashes.Add((Offset ^ c) * Prime * Prime);
                starts.Add(i);
                ends.Add(i + 1);
                i++;
            }
            else
            {
                i++;
            }
        }

        return new TextUnits([.. hashes], [.. starts], [.. ends], text);
    }

    /// <summary>The original text from unit <paramref name="from"/> to unit <paramref name="to"/> (exclusive).</summary>
    public string Slice(int from, int to) => from >= to ? string.Empty : Text[Starts[from]..Ends[to - 1]];

    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    // Latin letters and digits (ASCII and full-width) make words; a Chinese character stands alone.
    private static bool IsWordChar(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or (>= '\u00C0' and <= '\u024F')
            or (>= '\uFF10' and <= '\uFF19') or (>= '\uFF21' and <= '\uFF3A') or (>= '\uFF41' and <= '\uFF5A');
}
