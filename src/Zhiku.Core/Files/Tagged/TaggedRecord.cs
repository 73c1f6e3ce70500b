namespace Zhiku.Files.Tagged;

/// <summary>A record of a line-tagged format (RIS, MEDLINE, CNKI exports): its fields in file order.</summary>
internal sealed class TaggedRecord(int number, int line)
{
    public int Number { get; } = number;

    public int Line { get; } = line;

    public List<TaggedField> Fields { get; } = [];

    public RecordPosition Position => new(Number, Line);

    /// <summary>The first non-blank value of a tag, trimmed, or null.</summary>
    public string? First(string tag)
    {
        foreach (var field in Fields)
        {
            if (string.Equals(field.Tag, tag, StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(field.Value))
            {
                return field.Value.Trim();
            }
        }

        return null;
    }

    /// <summary>The first non-blank value among several tags, in the order the tags are given.</summary>
    public string? FirstOf(params ReadOnlySpan<string> tags)
    {
        foreach (var tag in tags)
        {
            if (First(tag) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Every non-blank value of a tag, trimmed, in file order.</summary>
    public IEnumerable<string> All(string tag) =>
        Fields.Where(f => string.Equals(f.Tag, tag, StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(f.Value))
            .Select(f => f.Value.Trim());
}
