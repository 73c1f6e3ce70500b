namespace Zhiku.Evaluation.Explain;

/// <summary>
/// How much one component moves a unit's aggregate away from the average unit: w/Σw · (x_unit − x_mean) for an
/// arithmetic aggregate, in points of the aggregate.
/// </summary>
public sealed record Contribution(string Aggregate, string Component, double Value, double Weight, double Effect);
