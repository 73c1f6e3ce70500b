namespace Zhiku.Analytics.Themes;

/// <summary>A word of a theme and its number of documents.</summary>
public sealed record ThemeWord(string Word, int Occurrences);
