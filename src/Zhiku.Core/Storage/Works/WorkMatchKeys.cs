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

    public static IEnumerable<string> For(WorkRecord work)
    {
        var author = work.Authors.Count > 0 ? Normalise.FamilyName(work.Authors[0].Name) : string.Empty;
        var year = work.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var title in work.Titles)
        {
            var compact = Normalise.Compact(title.Text);
            var cjk = compact.Any(LanguageGuess.IsCjk);
            if (compact.Length < (cjk ? MinimumCjkTitle : MinimumLatinTitle))
            {
                continue;
            }

            if (compact.Length > 240)
            {
                compact = compact[..240];
            }

            var key = $"{compact}|{year}|{author}";
            if (seen.Add(key))
            {
                yield return key;
            }
        }
    }
}
