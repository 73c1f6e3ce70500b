namespace Zhiku.Analytics.Themes;

/// <summary>
/// A flow between a theme of one period and a theme of the next: inclusion |A∩B|/min(|A|,|B|), weighted inclusion
/// Σ_{w∈A∩B} min(occ_A(w), occ_B(w)) / min(Σocc_A, Σocc_B), stability (Jaccard) |A∩B|/|A∪B|, and the shared words.
/// </summary>
public sealed record ThemeLink(int FromPeriod, int FromTheme, int ToPeriod, int ToTheme, double Inclusion, double WeightedInclusion, double Stability, IReadOnlyList<string> Words);
