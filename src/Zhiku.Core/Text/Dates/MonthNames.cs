namespace Zhiku.Text.Dates;

/// <summary>English month names as exports write them (MEDLINE DP, BibTeX month).</summary>
internal static class MonthNames
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The month number of an English month name or abbreviation ("Jan", "NOV", "Nov-Dec"), else 0.</summary>
    public static int Number(string word)
    {
        if (word.Length < 3)
        {
            return 0;
        }

        var index = Array.IndexOf(Months, word[..3].ToLowerInvariant());
        return index + 1;
    }
}
