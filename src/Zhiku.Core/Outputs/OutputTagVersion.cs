namespace Zhiku.Outputs;

/// <summary>One version of an output's classification tags: who set them, when, and the codes.</summary>
public sealed record OutputTagVersion(int Version, string Author, string At, IReadOnlyList<string> Tags);
