using System.Globalization;
using System.Text.RegularExpressions;

namespace Zhiku.Text.Dates;

/// <summary>Reads the date notations found in tables and feeds into an ISO date as precise as given.</summary>
internal static partial class TableDates
{
    /// <summary>An ISO date ("2019", "2019-02", "2019-02-15") or null when the text is not a date.</summary>
    public static string? Iso(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim();
        if (YearOnly().Match(t) is { Success: true } y)
        {
            return y.Groups[1].Value;
        }

        if (YearFirst().Match(t) is { Success: true } ymd)
        {
            return Compose(ymd.Groups["y"].Value, ymd.Groups["m"].Value, ymd.Groups["d"].Value);
        }

        // "03/05/2018" in the CRS export is month/day/year (US); a first number above 12 can only be a day.
        if (YearLast().Match(t) is { Success: true } mdy)
        {
            var (a, b) = (int.Parse(mdy.Groups["a"].Value, CultureInfo.InvariantCulture), int.Parse(mdy.Groups["b"].Value, CultureInfo.InvariantCulture));
            return a > 12 ? Compose(mdy.Groups["y"].Value, b.ToString(CultureInfo.InvariantCulture), a.ToString(CultureInfo.InvariantCulture))
                : Compose(mdy.Groups["y"].Value, a.ToString(CultureInfo.InvariantCulture), b.ToString(CultureInfo.InvariantCulture));
        }

        // RSS pubDate (RFC 822, "Fri, 07 Mar 2025 00:00:00 +0000") and other English notations.
        string[] formats = ["ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss zzz", "dd MMM yyyy HH:mm:ss zzz", "ddd, dd MMM yyyy HH:mm:ss 'GMT'",
            "ddd, d MMM yyyy HH:mm:ss 'GMT'", "ddd, dd MMM yyyy HH:mm zzz", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy"];
        var rfc = t.Replace("+0000", "+00:00", StringComparison.Ordinal).Replace(" UT", " +00:00", StringComparison.Ordinal);
        if (DateTimeOffset.TryParseExact(rfc, formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return null;
    }

    /// <summary>The year of an ISO date, or null.</summary>
    public static int? Year(string? iso) =>
        iso is { Length: >= 4 } && int.TryParse(iso.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    private static string? Compose(string year, string month, string day)
    {
        if (month.Length == 0)
        {
            return year;
        }

        var m = int.Parse(month, CultureInfo.InvariantCulture);
        if (m is < 1 or > 12)
        {
            return year;
        }

        if (day.Length == 0)
        {
            return $"{year}-{m:00}";
        }

        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return d is < 1 or > 31 ? $"{year}-{m:00}" : $"{year}-{m:00}-{d:00}";
    }

    [GeneratedRegex(@"^(\d{4})\s*年?$")]
    private static partial Regex YearOnly();

    // 2019-02-15, 2019/2/15, 2019.02, 2019年2月15日, 2019-02-17 15:09:45, 2025-03-07T00:00:00Z
    [GeneratedRegex(@"^(?<y>\d{4})\s*[-/.年]\s*(?<m>\d{1,2})(?:\s*[-/.月]\s*(?<d>\d{1,2})\s*日?)?(?:\s*月)?(?:[T\s].*)?$")]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"^(?<a>\d{1,2})[/.-](?<b>\d{1,2})[/.-](?<y>\d{4})(?:\s.*)?$")]
    private static partial Regex YearLast();
}
