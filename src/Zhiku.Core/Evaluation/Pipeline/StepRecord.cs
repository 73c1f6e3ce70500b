namespace Zhiku.Evaluation.Pipeline;

/// <summary>One executed step: its kind, canonical parameters and details (treatment table, AHP consistency, …).</summary>
public sealed record StepRecord(string Kind, string Parameters, string? Stage, object? Details);
