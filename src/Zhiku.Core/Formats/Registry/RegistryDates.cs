using System.Globalization;
using Zhiku.Text.Dates;

namespace Zhiku.Formats.Registry;

/// <summary>Dates as registries write them: "2019-02-15", "2019/2/15", "2019.02", "2019年2月15日", "2019".</summary>
internal static class RegistryDates
{
    private static readonly string[] Formats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy-MM-ddTHH:mm:ss", "yyyy-M-d H:mm:ss", "yyyy/M/d H:mm:ss"];

    /// <summary>An ISO date as precise as given, or the raw text when it cannot be read.</summary>
    public static string? Iso(string? raw)
    {
        var s = raw?.Trim();
        if (string.IsNullOrEmpty(s))
        {
            return null;
        }

        if (DateTime.TryParseExact(s, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (ChineseDate.Find(s) is { } chinese)
        {
            return chinese;
        }

        var parts = s.Split('-', '/', '.', '年', '月');
        if (parts.Length >= 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var y) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12)
        {
            return $"{y:D4}-{m:D2}";
        }

        return s;
    }

    /// <summary>The year of an ISO-ish date, or null.</summary>
    public static int? Year(string? iso) =>
        iso is { Length: >= 4 } && int.TryParse(iso[..4], CultureInfo.InvariantCulture, out var y) && y is > 1000 and < 3000 ? y : null;
}
