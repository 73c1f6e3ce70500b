using Zhiku.Analytics.Bibliometrics;
using Zhiku.Model;

namespace Zhiku.Analytics.Networks.Build;

/// <summary>
/// Which works of a selection cite which. A reference cites a work of the selection when (1) a DOI in the reference
/// equals the work's DOI (case-insensitive), or else (2) its normalised string "FIRST AUTHOR|YEAR|VOLUME|FIRST PAGE"
/// (author upper-cased without punctuation: "Garfield, E." → "GARFIELD E") equals the work's, built from its first
/// author, year, volume and first page; a reference lacking any of the four is matched by DOI only. Self-citations of a
/// work to itself are dropped; a work cites another at most once.
/// </summary>
public static class CitationLinks
{
    /// <summary>The (citing, cited) pairs of positions in <paramref name="works"/>, ordered by citing then cited.</summary>
    public static IReadOnlyList<(int Citing, int Cited)> Find(IReadOnlyList<WorkRecord> works)
    {
        ArgumentNullException.ThrowIfNull(works);
        var byDoi = new Dictionary<string, int>(StringComparer.Ordinal);
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var w = 0; w < works.Count; w++)
        {
            if (works[w].Identifiers.TryGetValue(IdSchemes.Doi, out var doi))
            {
                byDoi.TryAdd(doi.ToLowerInvariant(), w);
            }

            if (Key(works[w]) is { } key)
            {
                byKey.TryAdd(key, w);
            }
        }

        var links = new SortedSet<(int, int)>();
        for (var w = 0; w < works.Count; w++)
        {
            foreach (var reference in works[w].References)
            {
                var parsed = CitedReference.Parse(reference);
                int? cited = null;
                foreach (var doi in parsed.Dois)
                {
                    if (byDoi.TryGetValue(doi, out var d))
                    {
                        cited = d;
                        break;
                    }
                }

                if (cited is null && parsed.MatchKey is { } key && byKey.TryGetValue(key, out var k))
                {
                    cited = k;
                }

                if (cited is { } c && c != w)
                {
                    links.Add((w, c));
                }
            }
        }

        return [.. links];
    }

    /// <summary>A work's match key "FIRST AUTHOR|YEAR|VOLUME|FIRST PAGE", or null when one is missing.</summary>
    internal static string? Key(WorkRecord work)
    {
        if (work.Authors.Count == 0 || work.Year is null || string.IsNullOrWhiteSpace(work.Volume) || string.IsNullOrWhiteSpace(work.Pages))
        {
            return null;
        }

        var author = CitedReference.Key(CitedReference.StripPunctuation(BibliometrixKeys.Author(work.Authors[0])));
        var page = work.Pages.Split('-', 2)[0].Trim().ToUpperInvariant();
        return author.Length == 0 || page.Length == 0 ? null
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{author}|{work.Year}|{work.Volume.Trim().ToUpperInvariant()}|{page}");
    }
}
