using System.Globalization;

namespace Zhiku.Analytics.Reports;

/// <summary>Invariant number formats of the report's cells.</summary>
internal static class ReportFormat
{
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Int(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";

    /// <summary>Two decimals at most, as the workspace's summary table shows them.</summary>
    public static string Number(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("0.##", CultureInfo.InvariantCulture) : "—";

    public static string Fixed(double value, int decimals) =>
        double.IsFinite(value) ? value.ToString("F" + Int(decimals), CultureInfo.InvariantCulture) : "—";

    public static string Day(DateTimeOffset date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Any(object? value) => value switch
    {
        null => "—",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "—",
    };
}
