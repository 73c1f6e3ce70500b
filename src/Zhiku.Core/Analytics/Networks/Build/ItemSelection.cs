namespace Zhiku.Analytics.Networks.Build;

/// <summary>Which items become nodes: at least <see cref="MinOccurrences"/> documents, then the <see cref="Top"/> most frequent.</summary>
public sealed record ItemSelection(int MinOccurrences = 1, int? Top = null);
