namespace Zhiku.Formats.Wos;

/// <summary>A WoS-tagged record (plain text or one tab-delimited row) as tag → field, in file order.</summary>
internal sealed class WosTagRecord
{
    private readonly Dictionary<string, WosField> _fields = new(StringComparer.Ordinal);
    private readonly List<WosField> _order = [];

    /// <summary>The fields in the order they appear.</summary>
    public IReadOnlyList<WosField> Fields => _order;

    /// <summary>True when the record holds the tag.</summary>
    public bool Has(string tag) => _fields.ContainsKey(tag);

    /// <summary>The field of a tag, or null.</summary>
    public WosField? Field(string tag) => _fields.GetValueOrDefault(tag);

    /// <summary>Starts a new field; returns null when the tag is already present.</summary>
    public WosField? Add(string tag, int line)
    {
        if (_fields.ContainsKey(tag))
        {
            return null;
        }

        var field = new WosField(tag, line);
        _fields[tag] = field;
        _order.Add(field);
        return field;
    }

    /// <summary>The tag's value with wrapped lines joined, or null when absent or blank.</summary>
    public string? Text(string tag) => _fields.TryGetValue(tag, out var f) && f.Joined is { Length: > 0 } s ? s : null;

    /// <summary>The tag's per-line values without blanks (AU, AF, C1, CR: one value per line).</summary>
    public IEnumerable<string> Lines(string tag) =>
        _fields.TryGetValue(tag, out var f) ? f.Values.Where(v => v.Length > 0) : [];

    /// <summary>The tag's value split on ';' (DE, ID, WC, SC, FU), trimmed, blanks dropped.</summary>
    public IEnumerable<string> Split(string tag) =>
        Text(tag) is { } s ? s.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
}
