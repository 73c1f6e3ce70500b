using System.Collections.Frozen;

namespace Zhiku.Text.StopWords;

/// <summary>English function words and the empty words of abstracts ("paper", "results", "study").</summary>
public static class EnglishStopWords
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
        [
            "a", "about", "after", "all", "also", "among", "an", "and", "any", "are", "as", "at", "based", "be", "been", "between",
            "both", "but", "by", "can", "case", "could", "do", "does", "during", "each", "for", "from", "has", "have", "how", "however",
            "if", "in", "into", "is", "it", "its", "may", "more", "most", "new", "not", "of", "on", "or", "other", "our", "over", "paper",
            "results", "several", "should", "some", "study", "such", "than", "that", "the", "their", "them", "then", "there", "these",
            "they", "this", "those", "through", "to", "two", "under", "using", "via", "was", "we", "were", "what", "when", "where",
            "which", "while", "who", "why", "will", "with", "within", "without", "would",
        ], StringComparer.Ordinal);

    /// <summary>Whether a lower-cased word is an English stop word.</summary>
    public static bool Contains(string word) => Words.Contains(word);
}
