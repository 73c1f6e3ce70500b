namespace Zhiku.Analytics.Themes;

/// <summary>The themes of a set of documents, the clustering's modularity and the parameters used.</summary>
public sealed record ThematicMapResult(IReadOnlyList<Theme> Themes, double Modularity, int MinFrequency, int Documents, ThematicMapOptions Options);
