namespace Zhiku.Analytics.Bursts;

/// <summary>
/// Per-year series for burst detection: slices are every year from the first to the last publication year (years
/// without documents included, as time passes through them), d = documents of the year, r = those with the item.
/// </summary>
public static class YearlySeries
{
    /// <param name="documents">Each document's year (documents without one are left out) and distinct items.</param>
    /// <param name="minOccurrences">Items in fewer documents are left out.</param>
    public static (IReadOnlyList<TermSeries> Series, IReadOnlyList<string> Slices) Build(IReadOnlyList<(int? Year, IReadOnlyList<string> Items)> documents, int minOccurrences = 1)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var dated = documents.Where(d => d.Year.HasValue).ToList();
        if (dated.Count == 0)
        {
            return ([], []);
        }

        var first = dated.Min(d => d.Year!.Value);
        var last = dated.Max(d => d.Year!.Value);
        var n = last - first + 1;
        var totals = new int[n];
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (year, items) in dated)
        {
            var t = year!.Value - first;
            totals[t]++;
            foreach (var item in items.Distinct(StringComparer.Ordinal))
            {
                if (!counts.TryGetValue(item, out var row))
                {
                    counts[item] = row = new int[n];
                }

                row[t]++;
            }
        }

        var series = counts.Where(p => p.Value.Sum() >= minOccurrences).OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new TermSeries(p.Key, p.Value, totals)).ToList();
        var slices = Enumerable.Range(first, n).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return (series, slices);
    }
}
