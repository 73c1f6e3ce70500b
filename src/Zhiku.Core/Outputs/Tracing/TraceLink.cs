namespace Zhiku.Outputs.Tracing;

/// <summary>
/// An output found in a later document: <see cref="Kind"/> "reference" (the document names it) or "reuse" (its text
/// reappears); <see cref="Similarity"/> is the share of aligned characters that agree in the best passage (1 for a reference).
/// </summary>
public sealed record TraceLink(string Output, string Document, string Kind, double Similarity, IReadOnlyList<TracePassage> Passages)
{
    public const string Reference = "reference";
    public const string Reuse = "reuse";

    /// <summary>The output's title, for people reading the list.</summary>
    public string OutputTitle { get; init; } = string.Empty;

    /// <summary>The document's title.</summary>
    public string DocumentTitle { get; init; } = string.Empty;

    /// <summary>The document's date, which is after the output's.</summary>
    public string? DocumentDate { get; init; }
}
