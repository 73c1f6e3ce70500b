namespace Zhiku.Search.Analysis;

/// <summary>What the Chinese tokenizer does with a segmented word.</summary>
internal enum TokenKind
{
    /// <summary>No letter or digit (whitespace, punctuation): not indexed.</summary>
    Skip,

    /// <summary>Only Latin letters and digits (after width folding): lower-cased and stemmed.</summary>
    Latin,

    /// <summary>Anything else with a letter or digit (Chinese words, "B超", "6.1%"): indexed as is.</summary>
    Word,
}
