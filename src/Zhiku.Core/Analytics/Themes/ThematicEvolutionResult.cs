namespace Zhiku.Analytics.Themes;

/// <summary>Periods with their themes and the links between consecutive periods.</summary>
public sealed record ThematicEvolutionResult(IReadOnlyList<ThemePeriod> Periods, IReadOnlyList<ThemeLink> Links, ThematicMapOptions Options);
