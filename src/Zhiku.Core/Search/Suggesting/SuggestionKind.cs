namespace Zhiku.Search.Suggesting;

/// <summary>Where a completion comes from; the order breaks ties (a keyword before an author before a title word).</summary>
public enum SuggestionKind
{
    Keyword,
    Author,
    TitleWord,
}
