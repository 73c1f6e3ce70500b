using System.Globalization;

namespace Zhiku.Formats.Medline;

/// <summary>Reads MEDLINE's DP values ("2016 Jan 15", "2015 Nov-Dec", "2015 Winter", "2022") as ISO dates.</summary>
internal static class MedlineDate
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>"2016-01-15", "2015-11", "2015", or null when there is no leading year.</summary>
    public static string? ToIso(string? value)
    {
        var parts = value?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (parts.Length == 0 || parts[0].Length != 4 || !parts[0].All(char.IsAsciiDigit))
        {
            return null;
        }

        var iso = parts[0];
        var month = parts.Length > 1 ? Month(parts[1]) : 0;
        if (month == 0)
        {
            return iso;
        }

        iso += "-" + month.ToString("00", CultureInfo.InvariantCulture);
        if (parts.Length > 2 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31)
        {
            iso += "-" + day.ToString("00", CultureInfo.InvariantCulture);
        }

        return iso;
    }

    /// <summary>The month number of an English month name or abbreviation ("Jan", "NOV", "Nov-Dec"), else 0.</summary>
    public static int Month(string word)
    {
        if (word.Length < 3)
        {
            return 0;
        }

        var index = Array.IndexOf(Months, word[..3].ToLowerInvariant());
        return index + 1;
    }
}
