using System.Globalization;

namespace Zhiku.Formats.Wos;

/// <summary>Publication dates from PY and PD ("2026 FEB 25", "AUG 15", "JUL-AUG", "SPR", "2019").</summary>
internal static class WosDates
{
    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    /// <summary>The year and ISO date, as precise as given; PD's own year is used when PY is missing.</summary>
    public static (int? Year, string? Date) Parse(string? py, string? pd)
    {
        int? year = TryYear(py);
        int? month = null, day = null;
        foreach (var token in (pd ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Length == 4 && TryYear(token) is { } y)
            {
                year ??= y;
                continue;
            }

            var monthIndex = Array.IndexOf(Months, token.Length >= 3 ? token[..3].ToUpperInvariant() : token);
            if (monthIndex >= 0 && month is null)
            {
                month = monthIndex + 1; // "JUL-AUG": the first month of a range
            }
            else if (month is not null && day is null && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31)
            {
                day = d;
            }
        }

        if (year is null)
        {
            return (null, null);
        }

        var date = month is null ? $"{year:D4}" : day is null ? $"{year:D4}-{month:D2}" : $"{year:D4}-{month:D2}-{day:D2}";
        return (year, date);
    }

    private static int? TryYear(string? s) =>
        int.TryParse(s?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1000 and <= 2999 ? y : null;
}
