using System.Text;
using System.Text.RegularExpressions;

namespace Zhiku.Analytics.Networks.Build;

/// <summary>
/// The parts of a WoS-style cited reference "AUTHOR, YEAR, SOURCE, V12, P34, DOI 10.x/y", as bibliometrix reads them
/// (metaTagExtraction CR_AU and CR_SO) and as direct citation matches them.
/// </summary>
internal sealed partial record CitedReference(string? FirstAuthor, string? Source, string? Year, string? Volume, string? Page, IReadOnlyList<string> Dois)
{
    public static CitedReference Parse(string reference)
    {
        var parts = reference.Split(',').Select(p => p.Trim()).ToArray();
        var author = AuthorOf(reference);
        var source = parts.Length > 2 ? Key(parts[2]) : null;
        var year = parts.Length > 1 && YearPattern().IsMatch(parts[1]) ? parts[1] : null;
        var volume = parts.Skip(3).FirstOrDefault(p => VolumePattern().IsMatch(p))?[1..].ToUpperInvariant();
        var page = parts.Skip(3).FirstOrDefault(p => PagePattern().IsMatch(p))?[1..].ToUpperInvariant();
        var dois = DoiPattern().Matches(reference).Select(m => m.Value.TrimEnd('.', ']').ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToArray();
        return new CitedReference(author, source is { Length: > 0 } ? source : null, year, volume, page, dois);
    }

    /// <summary>bibliometrix CR_AU: the text before the first comma without punctuation, for references over 10 characters.</summary>
    public static string? AuthorOf(string reference)
    {
        if (reference.Length <= 10)
        {
            return null;
        }

        var comma = reference.IndexOf(',', StringComparison.Ordinal);
        var author = Key(StripPunctuation(comma < 0 ? reference : reference[..comma]));
        return author.Length > 0 ? author : null;
    }

    /// <summary>bibliometrix CR_SO (WoS): the third comma part of references with more than two parts.</summary>
    public static string? SourceOf(string reference)
    {
        var parts = reference.Split(',', 4);
        var source = parts.Length > 2 ? Key(parts[2]) : string.Empty;
        return source.Length > 0 ? source : null;
    }

    /// <summary>"AUTHOR|YEAR|VOLUME|PAGE" when all four are known, else null: the normalised string a work is matched by.</summary>
    public string? MatchKey => FirstAuthor is null || Year is null || Volume is null || Page is null ? null : $"{FirstAuthor}|{Year}|{Volume}|{Page}";

    /// <summary>Upper-cased, runs of white space made one space.</summary>
    internal static string Key(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    /// <summary>R's [[:punct:]]: punctuation and symbols.</summary>
    internal static string StripPunctuation(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var ch in value)
        {
            if (!char.IsPunctuation(ch) && !char.IsSymbol(ch))
            {
                builder.Append(ch);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^V\d\w*$", RegexOptions.IgnoreCase)]
    private static partial Regex VolumePattern();

    [GeneratedRegex(@"^P\w+$", RegexOptions.IgnoreCase)]
    private static partial Regex PagePattern();

    [GeneratedRegex(@"10\.\d{4,9}/[^\s,\]\[]+")]
    private static partial Regex DoiPattern();
}
