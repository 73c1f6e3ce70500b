namespace Zhiku.Tests.Outputs.Tracing;

/// <summary>One planted output: its title, the policy document its passage came from, the passage as the document has it and as the output has it (edited).</summary>
public sealed record PlantedReuse(string Title, string Source, string Original, string Edited);
