namespace Zhiku.Formats.Registry;

/// <summary>Finds a mapping's source headers in a table's header row (trimmed, case-insensitive, "a|b" = either).</summary>
internal static class RegistryHeaders
{
    /// <summary>The index of the first present alternative of a source ("姓名|Name"), or -1.</summary>
    public static int IndexOf(IReadOnlyList<string> headers, string source)
    {
        foreach (var alternative in source.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            for (var i = 0; i < headers.Count; i++)
            {
                if (string.Equals(headers[i].Trim().TrimStart('\uFEFF'), alternative, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>True when every header the mapping requires for detection is present.</summary>
    public static bool Matches(RegistryMapping mapping, IReadOnlyList<string> headers) =>
        mapping.Detect.Headers.Count > 0 && mapping.Detect.Headers.All(h => IndexOf(headers, h) >= 0);

    /// <summary>How many of the table's headers the mapping knows, and how many headers the table has.</summary>
    public static (int Known, int Total) Coverage(RegistryMapping mapping, IReadOnlyList<string> headers)
    {
        var sources = mapping.Id is null ? mapping.Columns.Values : mapping.Columns.Values.Append(mapping.Id.Column);
        var known = headers.Count(h => h.Trim().Length > 0 && sources.Any(source => IndexOf([h], source) >= 0));
        return (known, headers.Count(h => h.Trim().Length > 0));
    }
}
