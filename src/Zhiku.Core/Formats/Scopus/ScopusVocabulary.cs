using Zhiku.Model;

namespace Zhiku.Formats.Scopus;

/// <summary>Scopus document types mapped to work kinds.</summary>
internal static class ScopusVocabulary
{
    /// <summary>The kind of a work from Scopus' "Document Type".</summary>
    public static WorkKind Kind(string? documentType) => documentType?.Trim().ToUpperInvariant() switch
    {
        "ARTICLE" or "ARTICLE IN PRESS" or "DATA PAPER" => WorkKind.JournalArticle,
        "REVIEW" => WorkKind.Review,
        "CONFERENCE PAPER" => WorkKind.ConferencePaper,
        "BOOK" => WorkKind.Book,
        "BOOK CHAPTER" => WorkKind.Chapter,
        _ => WorkKind.Other, // Conference Review, Editorial, Letter, Note, Erratum, Short Survey
    };
}
