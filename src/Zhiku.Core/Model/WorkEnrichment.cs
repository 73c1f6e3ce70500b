namespace Zhiku.Model;

/// <summary>
/// A value a method proposed for a field of a work, kept beside the source's values and never over them: its
/// confidence (0–1), the model's name and version, and its review state (<see cref="EnrichmentStates"/>).
/// </summary>
public sealed record WorkEnrichment(
    long Id, string Field, string Value, double Confidence, string Model, string ModelVersion, string State, string CreatedAt,
    string? ReviewedBy, string? ReviewedAt)
{
    /// <summary>True: made by a machine, not given by the source (what the work page marks).</summary>
    public bool MachineMade => true;
}
