using System.Globalization;
using Zhiku.Storage.Dissemination;

namespace Zhiku.Dissemination.Oai;

/// <summary>
/// The from and until arguments (UTC, to the day or the second; both of one granularity) as bounds on the change
/// feed's ISO times, and the datestamps the provider writes (to the second).
/// </summary>
internal static class OaiDates
{
    private const string Day = "yyyy-MM-dd";
    private const string Second = "yyyy-MM-dd'T'HH:mm:ss'Z'";
    private const string Bound = "yyyy-MM-dd'T'HH:mm:ss";

    /// <summary>A change time of the store ("O" format) as an OAI datestamp.</summary>
    public static string Datestamp(string changedAt) =>
        DateTime.Parse(changedAt, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal).ToString(Second, CultureInfo.InvariantCulture);

    public static string Datestamp(DateTime utc) => utc.ToString(Second, CultureInfo.InvariantCulture);

    /// <summary>The filter's change-time bounds for the request's from and until; throws badArgument for a bad or mixed pair.</summary>
    public static (string? From, string? Before) Bounds(string? from, string? until)
    {
        var start = from is null ? default((DateTime, bool)?) : Parse("from", from);
        var end = until is null ? default((DateTime, bool)?) : Parse("until", until);
        if (start is { } s && end is { } e)
        {
            if (s.Item2 != e.Item2)
            {
                throw OaiRefusal.Of(OaiError.BadArgument, "badArgument.granularity");
            }

            if (s.Item1 > e.Item1)
            {
                throw OaiRefusal.Of(OaiError.BadArgument, "badArgument.range", from!, until!);
            }
        }

        return (
            start is { } a ? a.Item1.ToString(a.Item2 ? Day : Bound, CultureInfo.InvariantCulture) : null,
            end is { } b ? (b.Item2 ? b.Item1.AddDays(1) : b.Item1.AddSeconds(1)).ToString(b.Item2 ? Day : Bound, CultureInfo.InvariantCulture) : null);
    }

    private static (DateTime Value, bool IsDay) Parse(string name, string value)
    {
        if (DateTime.TryParseExact(value, Day, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var day))
        {
            return (day, true);
        }

        if (DateTime.TryParseExact(value, Second, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var second))
        {
            return (second, false);
        }

        throw OaiRefusal.Of(OaiError.BadArgument, "badArgument.date", name, value);
    }

    /// <summary>A filter of the given set's kind and owner with the request's time bounds.</summary>
    public static PublicWorkFilter Filter(OaiSet set, string? from, string? until)
    {
        var (start, before) = Bounds(from, until);
        return new PublicWorkFilter(set.Kind, set.Owner, start, before);
    }
}
