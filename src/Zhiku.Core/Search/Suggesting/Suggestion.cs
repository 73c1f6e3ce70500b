namespace Zhiku.Search.Suggesting;

/// <summary>A completion of a search prefix and how many works the caller may see carry it.</summary>
public sealed record Suggestion(string Text, SuggestionKind Kind, int Works);
