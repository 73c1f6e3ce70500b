namespace Zhiku.Search.Suggesting;

/// <summary>Where a completion comes from; the order breaks ties (a keyword before an author before a title word before a word of the text).</summary>
public enum SuggestionKind
{
    Keyword,
    Author,
    TitleWord,

    /// <summary>A Chinese word or phrase of an abstract or the full text (s7-search).</summary>
    TextWord,
}
