namespace Zhiku.Outputs.Tracing;

/// <summary>One passage of an output and the passage of the document that carries it, as they are written.</summary>
public sealed record TracePassage(string Output, string Document);
