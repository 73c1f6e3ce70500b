namespace Zhiku.Files.Text;

/// <summary>Guesses the delimiter of a delimited text file from its header line.</summary>
internal static class CsvDelimiter
{
    /// <summary>The delimiter used most in the header line among comma, tab and semicolon (a tie goes to the one listed first).</summary>
    public static char Of(string header)
    {
        var best = ',';
        var most = header.Count(c => c == ',');
        foreach (var candidate in (char[])['\t', ';'])
        {
            var n = header.Count(c => c == candidate);
            if (n > most)
            {
                (best, most) = (candidate, n);
            }
        }

        return best;
    }
}
