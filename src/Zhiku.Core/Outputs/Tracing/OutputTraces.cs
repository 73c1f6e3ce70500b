namespace Zhiku.Outputs.Tracing;

/// <summary>
/// The traces proposed for one output on its page and through the API: the later policy documents the caller may see
/// that refer to it or reuse its text, strongest first, less those a curator rejected; <see cref="Confirmed"/> names
/// the documents already recorded as its 落实.
/// </summary>
public sealed record OutputTraces(string Output, IReadOnlyList<TraceLink> Links, IReadOnlyList<string> Confirmed);
