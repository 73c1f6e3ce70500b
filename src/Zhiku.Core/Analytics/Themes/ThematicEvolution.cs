namespace Zhiku.Analytics.Themes;

/// <summary>
/// bibliometrix's thematicEvolution: cut years split the documents into periods (first…cut₁, cut₁+1…cut₂, …, last),
/// each gets a thematic map, and themes of consecutive periods sharing words are linked (Cobo et al. 2011).
/// </summary>
public static class ThematicEvolution
{
    public static ThematicEvolutionResult Compute(IReadOnlyList<(int? Year, IReadOnlyList<string> Items)> documents, IReadOnlyList<int> cuts, ThematicMapOptions options)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(cuts);
        var dated = documents.Where(d => d.Year.HasValue).ToList();
        if (dated.Count == 0)
        {
            return new ThematicEvolutionResult([], [], options);
        }

        var (first, last) = (dated.Min(d => d.Year!.Value), dated.Max(d => d.Year!.Value));
        var bounds = cuts.Where(c => c >= first && c < last).Distinct().Order().Append(last).ToList();
        var periods = new List<ThemePeriod>();
        var from = first;
        foreach (var to in bounds)
        {
            var slice = dated.Where(d => d.Year >= from && d.Year <= to).Select(d => d.Items).ToList();
            periods.Add(new ThemePeriod(periods.Count, from, to, ThematicMap.Compute(slice, options)));
            from = to + 1;
        }

        var links = new List<ThemeLink>();
        for (var p = 0; p + 1 < periods.Count; p++)
        {
            foreach (var a in periods[p].Map.Themes)
            {
                foreach (var b in periods[p + 1].Map.Themes)
                {
                    if (Link(periods[p].Index, a, periods[p + 1].Index, b) is { } link)
                    {
                        links.Add(link);
                    }
                }
            }
        }

        return new ThematicEvolutionResult(periods, links, options);
    }

    /// <summary>The link between two themes, or null when they share no word.</summary>
    public static ThemeLink? Link(int fromPeriod, Theme a, int toPeriod, Theme b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var occA = a.Words.ToDictionary(w => w.Word, w => w.Occurrences, StringComparer.Ordinal);
        var occB = b.Words.ToDictionary(w => w.Word, w => w.Occurrences, StringComparer.Ordinal);
        var common = occA.Keys.Where(occB.ContainsKey).Order(StringComparer.Ordinal).ToList();
        if (common.Count == 0)
        {
            return null;
        }

        var union = occA.Count + occB.Count - common.Count;
        var weighted = common.Sum(w => Math.Min(occA[w], occB[w])) / (double)Math.Min(occA.Values.Sum(), occB.Values.Sum());
        return new ThemeLink(fromPeriod, a.Id, toPeriod, b.Id, (double)common.Count / Math.Min(occA.Count, occB.Count), weighted, (double)common.Count / union, common);
    }
}
