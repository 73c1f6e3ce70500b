using Zhiku.Model;

namespace Zhiku.Storage.Works;

/// <summary>
/// The keys under which a work is found again when no identifier matches: normalised title + year + first author's
/// family name, one key per title (so a CNKI record's English title meets the WoS record of the same paper).
/// </summary>
internal static class WorkMatchKeys
{
    /// <summary>Titles shorter than this (compacted) are too generic to merge on ("Introduction", "Editorial").</summary>
    private const int MinimumLatinTitle = 12;
    private const int MinimumCjkTitle = 5;

    /// <summary>
    /// The key a journal article is registered under besides <see cref="For"/>: without an issue it is an online-first
    /// (网络首发, early access) version, with one the issued version; the year is left out, since the two often differ.
    /// </summary>
    public static IEnumerable<string> Version(WorkRecord work) => VersionKeys(work, IsOnlineFirst(work) ? "online" : "issued");

    /// <summary>The keys of the other version a journal article may meet: the issued one of an online-first record, and back.</summary>
    public static IEnumerable<string> OtherVersion(WorkRecord work) => VersionKeys(work, IsOnlineFirst(work) ? "issued" : "online");

    /// <summary>True for an article without its issue yet (CNKI writes "prepublish" for English online-first articles).</summary>
    public static bool IsOnlineFirst(WorkRecord work) =>
        string.IsNullOrWhiteSpace(work.Issue) || work.Issue.Trim().Equals("prepublish", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> VersionKeys(WorkRecord work, string version) =>
        work.Kind == WorkKind.JournalArticle && work.Authors.Count > 0
            ? Titles(work).Select(t => $"{t}|{version}|{Normalise.FamilyName(work.Authors[0].Name)}").Distinct(StringComparer.Ordinal)
            : [];

    public static IEnumerable<string> For(WorkRecord work)
    {
        var author = work.Authors.Count > 0 ? Normalise.FamilyName(work.Authors[0].Name) : string.Empty;
        var year = work.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        return Titles(work).Select(t => $"{t}|{year}|{author}").Distinct(StringComparer.Ordinal);
    }

    private static IEnumerable<string> Titles(WorkRecord work)
    {
        foreach (var title in work.Titles)
        {
            var compact = Normalise.Compact(title.Text);
            var cjk = compact.Any(LanguageGuess.IsCjk);
            if (compact.Length < (cjk ? MinimumCjkTitle : MinimumLatinTitle))
            {
                continue;
            }

            yield return compact.Length > 240 ? compact[..240] : compact;
        }
    }
}
