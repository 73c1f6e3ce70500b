namespace Zhiku.Tests.Analytics.Bibliometrics;

/// <summary>
/// A deliberately naive reading of a WoS plain-text file, independent of the importer: records run from "PT " to "ER",
/// a line starting with three spaces continues the previous tag. Each tag keeps its lines.
/// </summary>
internal static class RawWos
{
    public static List<Dictionary<string, List<string>>> Records(string path)
    {
        var records = new List<Dictionary<string, List<string>>>();
        Dictionary<string, List<string>>? current = null;
        var tag = string.Empty;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("PT ", StringComparison.Ordinal))
            {
                current = [];
                records.Add(current);
            }

            if (current is null || line.Length < 3)
            {
                continue;
            }

            if (line == "ER")
            {
                current = null;
                continue;
            }

            if (!line.StartsWith("   ", StringComparison.Ordinal))
            {
                tag = line[..2];
            }

            if (!current.TryGetValue(tag, out var lines))
            {
                current[tag] = lines = [];
            }

            lines.Add(line[3..].Trim());
        }

        return records;
    }

    /// <summary>A ';'-separated field (DE, ID): lines joined with a space, split, trimmed, upper-cased.</summary>
    public static IEnumerable<string> Items(Dictionary<string, List<string>> record, string tag) =>
        record.TryGetValue(tag, out var lines)
            ? string.Join(' ', lines).Split(';').Select(s => s.Trim().ToUpperInvariant()).Where(s => s.Length > 0)
            : [];

    /// <summary>A one-value-a-line field (AU, CR, C1).</summary>
    public static IReadOnlyList<string> Lines(Dictionary<string, List<string>> record, string tag) =>
        record.TryGetValue(tag, out var lines) ? lines : [];
}
