namespace Zhiku.Analytics.Themes;

/// <summary>A time slice of the evolution, its years (inclusive) and thematic map.</summary>
public sealed record ThemePeriod(int Index, int From, int To, ThematicMapResult Map);
