namespace Zhiku.Formats.Documents;

/// <summary>What a document reader pulled out of one file before it becomes a work.</summary>
internal sealed record DocumentContent
{
    public required string Text { get; init; }

    public string? Title { get; init; }

    public string? Author { get; init; }

    public string? Keywords { get; init; }

    public string? Description { get; init; }

    /// <summary>A date from the file's metadata, in whatever form it came (normalised later).</summary>
    public string? Date { get; init; }

    public string? Url { get; init; }

    /// <summary>Source-specific fields kept verbatim (meta names, document properties).</summary>
    public SortedDictionary<string, string> Extra { get; init; } = new(StringComparer.Ordinal);
}
