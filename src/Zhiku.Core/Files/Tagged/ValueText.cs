using System.Text.RegularExpressions;

namespace Zhiku.Files.Tagged;

/// <summary>Small value helpers shared by the tagged formats: list splitting, years, whitespace.</summary>
internal static partial class ValueText
{
    /// <summary>Splits a list on any of the separators, trims the parts and drops empty ones (so ";;" and a trailing ";" vanish).</summary>
    public static List<string> Split(string? value, params char[] separators)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        return [.. value.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    /// <summary>The first four-digit year (1000–2999) in a value, or null.</summary>
    public static int? Year(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var match = YearPattern().Match(value);
        return match.Success ? int.Parse(match.Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Collapses runs of spaces, tabs and line breaks into single spaces; the ideographic space U+3000 of CNKI titles stays.</summary>
    public static string OneLine(string value) => Whitespace().Replace(value, " ").Trim();

    /// <summary>The value trimmed, or null when blank.</summary>
    public static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"(?<!\d)[12]\d{3}(?!\d)")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"[ \t\r\n\f\v\u00A0]+")]
    private static partial Regex Whitespace();
}
