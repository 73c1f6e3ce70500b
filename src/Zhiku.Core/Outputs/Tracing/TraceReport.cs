namespace Zhiku.Outputs.Tracing;

/// <summary>What <c>zhiku trace</c> prints: the links, strongest first within each output.</summary>
public sealed record TraceReport(IReadOnlyList<TraceLink> Links);
