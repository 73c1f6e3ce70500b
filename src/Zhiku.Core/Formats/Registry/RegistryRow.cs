namespace Zhiku.Formats.Registry;

/// <summary>One data row's values by target field, after header lookup, null values and constants.</summary>
internal sealed class RegistryRow(RegistryMapping mapping, Dictionary<string, string> values, Dictionary<string, List<JoinedValue>> joined)
{
    /// <summary>The single value of a target field, or null.</summary>
    public string? Get(string target) => values.TryGetValue(target, out var v) ? v : null;

    /// <summary>The values of a multi-valued field: the cell split by its separators, then values joined from other tables.</summary>
    public List<string> Many(string target)
    {
        var list = new List<string>();
        if (Get(target) is { } raw)
        {
            list.AddRange(mapping.Separators.TryGetValue(target, out var seps)
                ? raw.Split(seps.ToCharArray(), StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [raw]);
        }

        list.AddRange(Joined(target).Select(j => j.Display));
        return list;
    }

    /// <summary>Values joined from other tables for a target, in their file order.</summary>
    public IReadOnlyList<JoinedValue> Joined(string target) => joined.TryGetValue(target, out var list) ? list : [];

    /// <summary>The "ids.x" or "extra.x" fields as (x, value).</summary>
    public IEnumerable<KeyValuePair<string, string>> Prefixed(string prefix) =>
        values.Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(kv => KeyValuePair.Create(kv.Key[prefix.Length..], kv.Value));

    /// <summary>The header the mapping reads a target from, for messages ("姓名|Name").</summary>
    public string Source(string target) => mapping.Columns.TryGetValue(target, out var header) ? header : target;
}
