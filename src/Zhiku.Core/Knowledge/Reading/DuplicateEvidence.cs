using System.Globalization;
using Zhiku.Model;
using Zhiku.Storage.Works;

namespace Zhiku.Knowledge.Reading;

/// <summary>Why the records of one work were merged, told the way the store found them: identifiers first, then the match key.</summary>
internal static class DuplicateEvidence
{
    /// <summary>The evidence for every record after the first, distinct, joined with "; ".</summary>
    public static string Of(IReadOnlyList<WorkRecord> records)
    {
        var reasons = new List<string>();
        for (var j = 1; j < records.Count; j++)
        {
            var reason = SharedIdentifier(records, j) ?? SharedKey(records, j) ?? "merged by hand or by an earlier record's key";
            if (!reasons.Contains(reason))
            {
                reasons.Add(reason);
            }
        }

        return string.Join("; ", reasons);
    }

    /// <summary>A source record as a reader finds it in the export: "file, record N (format)".</summary>
    public static string Describe(WorkSource source) =>
        string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(source.File)}, record {source.Record} ({source.Format})");

    private static string? SharedIdentifier(IReadOnlyList<WorkRecord> records, int j)
    {
        foreach (var scheme in IdSchemes.WorkIdentity)
        {
            if (records[j].Identifiers.TryGetValue(scheme, out var value)
                && records.Take(j).Any(r => r.Identifiers.TryGetValue(scheme, out var other) && other == value))
            {
                return $"{scheme} {value}";
            }
        }

        return null;
    }

    private static string? SharedKey(IReadOnlyList<WorkRecord> records, int j)
    {
        var earlier = records.Take(j).SelectMany(WorkMatchKeys.For).ToHashSet(StringComparer.Ordinal);
        return WorkMatchKeys.For(records[j]).Any(earlier.Contains) ? "title, year and first author" : null;
    }
}
