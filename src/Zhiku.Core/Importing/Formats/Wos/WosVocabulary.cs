using Zhiku.Model;

namespace Zhiku.Importing.Formats.Wos;

/// <summary>WoS document types (DT), publication types (PT) and language names (LA) mapped to Zhiku's vocabulary.</summary>
internal static class WosVocabulary
{
    private static readonly Dictionary<string, string> Languages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["English"] = "en",
        ["Chinese"] = "zh",
        ["French"] = "fr",
        ["German"] = "de",
        ["Spanish"] = "es",
        ["Russian"] = "ru",
        ["Japanese"] = "ja",
        ["Korean"] = "ko",
        ["Portuguese"] = "pt",
        ["Italian"] = "it",
        ["Dutch"] = "nl",
        ["Polish"] = "pl",
        ["Turkish"] = "tr",
        ["Czech"] = "cs",
        ["Arabic"] = "ar",
        ["Persian"] = "fa",
        ["Swedish"] = "sv",
        ["Hungarian"] = "hu",
        ["Ukrainian"] = "uk",
        ["Croatian"] = "hr",
    };

    /// <summary>The ISO 639-1 code of a language name ("English" → "en"), or null when unknown.</summary>
    public static string? LanguageCode(string? name) =>
        name is not null && Languages.TryGetValue(name.Trim(), out var code) ? code : null;

    /// <summary>
    /// The kind of a work from its document type ("Article; Early Access"), falling back on the publication type letter
    /// only when no document type is given. A journal article that WoS also lists as "Proceedings Paper" was presented
    /// at a conference, so it counts as a conference paper.
    /// </summary>
    public static WorkKind Kind(string? documentType, string? publicationType)
    {
        if (string.IsNullOrWhiteSpace(documentType))
        {
            return publicationType?.Trim() switch
            {
                "J" => WorkKind.JournalArticle,
                "B" or "S" => WorkKind.Book,
                "C" => WorkKind.ConferencePaper,
                "P" => WorkKind.Patent,
                _ => WorkKind.Other,
            };
        }

        var parts = documentType.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        bool Has(string name) => parts.Any(p => string.Equals(p, name, StringComparison.OrdinalIgnoreCase));
        return true switch
        {
            _ when Has("Review") => WorkKind.Review,
            _ when Has("Proceedings Paper") => WorkKind.ConferencePaper,
            _ when Has("Book Chapter") => WorkKind.Chapter,
            _ when Has("Book") => WorkKind.Book,
            _ when Has("Article") || Has("Data Paper") => WorkKind.JournalArticle,
            _ when Has("News Item") => WorkKind.News,
            _ => WorkKind.Other,
        };
    }
}
