namespace Zhiku.Outputs;

/// <summary>
/// An output as a caller sees it: its work (id "W42", title, access), output type, project, date and conversion events
/// in order. A 落实 whose policy document the caller may not see keeps its date but not the document's id.
/// </summary>
public sealed record OutputDetails(
    string Id,
    string Title,
    string Type,
    string? Project,
    string? ProjectId,
    string? Date,
    string Access,
    IReadOnlyList<ConversionEvent> Events)
{
    /// <summary>The furthest stage reached, or null before 报送.</summary>
    public ConversionStage? Stage => Events.Count == 0 ? null : Events.Max(e => e.Stage);

    /// <summary>Its codes of the case classification standard.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>True when the caller's organisation owns the output (or the caller owns the data directory): they may record its events.</summary>
    public bool MayRecord { get; init; }
}
