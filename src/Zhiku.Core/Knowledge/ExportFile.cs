using System.Text;
using Zhiku.Search;

namespace Zhiku.Knowledge;

/// <summary>What to export: a format, the works of a query (every visible work when null) or of a search, and for text an encoding.</summary>
public sealed record ExportFile(string Format)
{
    /// <summary>The query whose works are exported, in id order; ignored when <see cref="Search"/> is given.</summary>
    public string? Query { get; init; }

    /// <summary>A search (query, facet filters, sort) whose works are exported in the order it lists them.</summary>
    public SearchRequest? Search { get; init; }

    /// <summary>The encoding of a text format (null: the format's own default; <see cref="Formats.ExportEncodings"/>).</summary>
    public Encoding? Encoding { get; init; }
}
