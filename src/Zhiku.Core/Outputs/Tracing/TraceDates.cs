using System.Globalization;

namespace Zhiku.Outputs.Tracing;

/// <summary>Whether a document is dated after an output when either date may be only a year or a month: only when surely later.</summary>
internal static class TraceDates
{
    public static bool IsAfter(string? document, string? output) =>
        Earliest(document) is { } d && Latest(output) is { } o && d > o;

    private static DateOnly? Earliest(string? date) => Parse(date) is { } p ? p.Start : null;

    private static DateOnly? Latest(string? date) => Parse(date) is { } p ? p.End : null;

    private static (DateOnly Start, DateOnly End)? Parse(string? date)
    {
        var text = date?.Trim() ?? string.Empty;
        var inv = CultureInfo.InvariantCulture;
        if (text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", inv, DateTimeStyles.None, out var day))
        {
            return (day, day);
        }

        if (text.Length >= 7 && DateOnly.TryParseExact(text[..7], "yyyy-MM", inv, DateTimeStyles.None, out var month))
        {
            return (month, month.AddMonths(1).AddDays(-1));
        }

        return text.Length >= 4 && int.TryParse(text[..4], NumberStyles.None, inv, out var year) && year is > 0 and < 10000
            ? (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31))
            : null;
    }
}
