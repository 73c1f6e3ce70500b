using System.Text.RegularExpressions;

namespace Zhiku.Formats.Scopus;

/// <summary>Splits the References cell into references.</summary>
internal static partial class ScopusReferences
{
    /// <summary>
    /// Old exports separate references by "; " and authors within one by ", ". Since about 2023 Scopus separates authors
    /// by "; " too, and each reference ends with "(YYYY)", so references are split after "(YYYY);" as bibliometrix does.
    /// </summary>
    public static List<string> Split(string? cell, bool newLayout)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return [];
        }

        var parts = newLayout ? NewStyleSeparator().Split(cell) : cell.Split("; ");
        return [.. parts.Select(p => p.Trim()).Where(p => p.Length > 0)];
    }

    [GeneratedRegex(@"(?<=\(\d{4}\))\s*;\s*")]
    private static partial Regex NewStyleSeparator();
}
