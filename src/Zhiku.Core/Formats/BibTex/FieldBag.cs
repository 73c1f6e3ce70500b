namespace Zhiku.Formats.BibTex;

/// <summary>An entry's fields by name, remembering which ones were used so that the rest can go to Extra.</summary>
internal sealed class FieldBag
{
    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public FieldBag(IEnumerable<KeyValuePair<string, string>> fields)
    {
        foreach (var (name, value) in fields)
        {
            if (_fields.TryAdd(name, value))
            {
                _names.Add(name);
            }
        }
    }

    /// <summary>Field names in file order (a snapshot, safe to enumerate while reading fields).</summary>
    public IReadOnlyList<string> Names => [.. _names];

    /// <summary>The raw value (LaTeX kept) and marks the field used.</summary>
    public string? Raw(string name)
    {
        _used.Add(name);
        return _fields.GetValueOrDefault(name);
    }

    /// <summary>The plain-text value, or null when absent or blank; marks the field used.</summary>
    public string? Text(string name) => Raw(name) is { } raw && LatexText.ToUnicode(raw) is { Length: > 0 } text ? text : null;

    /// <summary>The raw value without marking the field used.</summary>
    public string? PeekRaw(string name) => _fields.GetValueOrDefault(name);

    /// <summary>The plain-text value without marking the field used.</summary>
    public string? Peek(string name) => _fields.TryGetValue(name, out var raw) ? LatexText.ToUnicode(raw) : null;

    /// <summary>Fields never read, in file order.</summary>
    public IEnumerable<(string Name, string Value)> Unused() =>
        _names.Where(n => !_used.Contains(n)).Select(n => (n, _fields[n]));
}
