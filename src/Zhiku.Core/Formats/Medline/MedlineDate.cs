using System.Globalization;
using Zhiku.Text.Dates;

namespace Zhiku.Formats.Medline;

/// <summary>Reads MEDLINE's DP values ("2016 Jan 15", "2015 Nov-Dec", "2015 Winter", "2022") as ISO dates.</summary>
internal static class MedlineDate
{
    /// <summary>"2016-01-15", "2015-11", "2015", or null when there is no leading year.</summary>
    public static string? ToIso(string? value)
    {
        var parts = value?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (parts.Length == 0 || parts[0].Length != 4 || !parts[0].All(char.IsAsciiDigit))
        {
            return null;
        }

        var iso = parts[0];
        var month = parts.Length > 1 ? MonthNames.Number(parts[1]) : 0;
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
}
