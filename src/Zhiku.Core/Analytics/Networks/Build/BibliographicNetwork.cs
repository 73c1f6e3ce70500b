namespace Zhiku.Analytics.Networks.Build;

/// <summary>A network over labelled items, with the parameters that built it.</summary>
public sealed record BibliographicNetwork(IReadOnlyList<string> Labels, CoOccurrenceNetwork Network, string Kind, ItemSelection Selection);
