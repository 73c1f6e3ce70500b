namespace Zhiku.Analytics.Themes;

/// <summary>
/// A cluster of co-occurring words with Callon's centrality (Σ association of its links to other themes) and density
/// (100 · Σ association of its internal links / its words), their ranks and its quadrant.
/// </summary>
public sealed record Theme(
    int Id, string Label, IReadOnlyList<ThemeWord> Words, int Frequency, double Centrality, double Density,
    double CentralityRank, double DensityRank, ThemeQuadrant Quadrant);
