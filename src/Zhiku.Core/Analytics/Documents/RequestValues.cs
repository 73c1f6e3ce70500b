using System.Globalization;

namespace Zhiku.Analytics.Documents;

/// <summary>
/// Defaults and validation of analysis request fields, shared by every request type; a bad value is an
/// <see cref="AnalysisRequestException"/> naming the field, the value and what is allowed.
/// </summary>
public static class RequestValues
{
    public static int Whole(int? value, string field, int fallback, int min, int max) =>
        value is null ? fallback
        : value >= min && value <= max ? value.Value
        : throw new AnalysisRequestException(field, value.Value.ToString(CultureInfo.InvariantCulture), RequestRule.WholeRange, min, max);

    public static long Seed(long? value, string field, long fallback) =>
        value is null ? fallback
        : value >= 0 ? value.Value
        : throw new AnalysisRequestException(field, value.Value.ToString(CultureInfo.InvariantCulture), RequestRule.WholeFromZero);

    public static double Positive(double? value, string field, double fallback) =>
        value is null ? fallback
        : value > 0 && double.IsFinite(value.Value) ? value.Value
        : throw new AnalysisRequestException(field, value.Value.ToString(CultureInfo.InvariantCulture), RequestRule.Positive);

    /// <summary>A number above 1 (Kleinberg's rate ratio s: the burst state must be faster than the base state).</summary>
    public static double AboveOne(double? value, string field, double fallback) =>
        value is null ? fallback
        : value > 1 && double.IsFinite(value.Value) ? value.Value
        : throw new AnalysisRequestException(field, value.Value.ToString(CultureInfo.InvariantCulture), RequestRule.AboveOne);

    public static double Fraction(double? value, string field, double fallback) =>
        value is null ? fallback
        : value is > 0 and < 1 ? value.Value
        : throw new AnalysisRequestException(field, value.Value.ToString(CultureInfo.InvariantCulture), RequestRule.Fraction);

    /// <summary>One of the enum's names, case-insensitive (digits are not names).</summary>
    public static T Choice<T>(string? value, string field, T fallback)
        where T : struct, Enum =>
        string.IsNullOrWhiteSpace(value) ? fallback
        : Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !value.All(char.IsAsciiDigit) ? parsed
        : throw new AnalysisRequestException(field, value, [.. Enum.GetNames<T>().Select(n => n.ToLowerInvariant())]);

    /// <summary>One of the given names.</summary>
    public static string Choice(string? value, string field, string fallback, IReadOnlyList<string> names) =>
        string.IsNullOrWhiteSpace(value) ? fallback
        : names.Contains(value, StringComparer.Ordinal) ? value
        : throw new AnalysisRequestException(field, value, names);

    /// <summary>Comma-separated years such as 2000,2010.</summary>
    public static List<int> Years(string text, string field) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(y => int.TryParse(y, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v is > 0 and < 10_000
                ? v : throw new AnalysisRequestException(field, y, RequestRule.Years))];
}
