namespace Zhiku.Tests.Analytics.Bibliometrics.Golden;

/// <summary>
/// One row of the data frame bibliometrix's <c>convert2df</c> builds, reduced to the columns the summary reads: author
/// keys (AU), source (SO), year (PY), times cited (TC; null only where the format has no count at all), author keywords
/// (DE), Keywords Plus (ID), cited references (CR) and the countries of the addresses (AU_CO). Test readers fill it from
/// the raw file, independently of Zhiku's importers.
/// </summary>
internal sealed record BibliometrixRow
{
    public required IReadOnlyList<string> AU { get; init; }

    public string? SO { get; init; }

    public int? PY { get; init; }

    public int? TC { get; init; }

    public IReadOnlyList<string> DE { get; init; } = [];

    public IReadOnlyList<string> ID { get; init; } = [];

    public IReadOnlyList<string> CR { get; init; } = [];

    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>Items of a ';'-separated field as tableTag keys them: trimmed, upper-cased, blanks dropped.</summary>
    public static List<string> Items(string? value, char separator = ';') =>
        value is null ? [] : [.. value.Split(separator).Select(Key).Where(s => s.Length > 0)];

    /// <summary>Upper-cased, runs of white space made one space, trimmed.</summary>
    public static string Key(string value) =>
        string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    /// <summary>bibliometrix's country names for a raw one: USA for the United States, UK constituents as one, China's spellings.</summary>
    public static string Country(string raw)
    {
        var key = Key(raw.Replace(".", string.Empty, StringComparison.Ordinal));
        return key switch
        {
            "UNITED STATES" or "UNITED STATES OF AMERICA" or "US" => "USA",
            "ENGLAND" or "SCOTLAND" or "WALES" or "NORTH IRELAND" or "NORTHERN IRELAND" or "UK" => "UNITED KINGDOM",
            "PEOPLES R CHINA" or "PEOPLE'S REPUBLIC OF CHINA" or "P R CHINA" or "PR CHINA" => "CHINA",
            _ when key.EndsWith(" USA", StringComparison.Ordinal) => "USA",
            _ => key,
        };
    }
}
