namespace Zhiku.Consultation;

/// <summary>
/// What an item's answers may be: the points of a Likert scale (1..Scale), the unit and bounds of a numeric estimate,
/// the options of a ranking or of pairwise comparisons.
/// </summary>
public sealed record ItemSettings
{
    public int? Scale { get; init; }

    public string? Unit { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    public IReadOnlyList<string> Options { get; init; } = [];
}
