using System.Globalization;

namespace Zhiku.Analytics.Bursts;

/// <summary>
/// Reads a CSV with header <c>term,slice,r,d</c>. Slices keep their order of first appearance, or numeric order when
/// every label is a number; a term without a row in a slice has r = 0 there and that slice's d from the other rows.
/// </summary>
public static class BurstSeriesReader
{
    public static (IReadOnlyList<TermSeries> Series, IReadOnlyList<string> Slices) Read(TextReader reader)
    {
        var header = reader.ReadLine()?.Trim().TrimStart('\uFEFF');
        if (header is null || !header.Replace(" ", string.Empty, StringComparison.Ordinal).Equals("term,slice,r,d", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"expected the header 'term,slice,r,d', got '{header}'");
        }

        var rows = new List<(string Term, string Slice, int R, int D)>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            // The term may itself contain commas: the last three fields are slice, r and d.
            var parts = line.Split(',');
            if (parts.Length < 4)
            {
                throw new FormatException($"line {lineNumber}: expected term,slice,r,d");
            }

            var term = string.Join(',', parts[..^3]).Trim().Trim('"');
            if (!int.TryParse(parts[^2].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var r)
                || !int.TryParse(parts[^1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d))
            {
                throw new FormatException($"line {lineNumber}: r and d must be non-negative integers");
            }

            rows.Add((term, parts[^3].Trim(), r, d));
        }

        var slices = rows.Select(x => x.Slice).Distinct(StringComparer.Ordinal).ToList();
        if (slices.All(s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
        {
            slices = [.. slices.OrderBy(s => double.Parse(s, CultureInfo.InvariantCulture))];
        }

        var sliceIndex = slices.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i, StringComparer.Ordinal);
        var sliceTotals = new int[slices.Count];
        foreach (var row in rows)
        {
            sliceTotals[sliceIndex[row.Slice]] = Math.Max(sliceTotals[sliceIndex[row.Slice]], row.D);
        }

        var series = new List<TermSeries>();
        foreach (var group in rows.GroupBy(x => x.Term, StringComparer.Ordinal))
        {
            var r = new int[slices.Count];
            var d = (int[])sliceTotals.Clone();
            foreach (var row in group)
            {
                r[sliceIndex[row.Slice]] += row.R;
                d[sliceIndex[row.Slice]] = row.D;
            }

            series.Add(new TermSeries(group.Key, r, d));
        }

        return (series, slices);
    }
}
