using Zhiku.Model;
using Zhiku.Text.Languages;

namespace Zhiku.Formats.Wos;

/// <summary>WoS document types (DT), publication types (PT) and language names (LA) mapped to Zhiku's vocabulary.</summary>
internal static class WosVocabulary
{
    /// <summary>Zhiku's own tag for a work's kind, written by its WoS export when PT and DT would read back as another kind.</summary>
    public const string KindTag = "ZK";

    /// <summary>The ISO 639-1 code of a language name ("English" → "en"), or null when unknown.</summary>
    public static string? LanguageCode(string? name) =>
        LanguageNames.Code(name);

    /// <summary>The WoS language name of an ISO 639-1 code ("zh" → "Chinese"), or null when unknown.</summary>
    public static string? LanguageName(string? code) =>
        LanguageNames.Name(code);

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
            _ => ZhikuKinds.Where(k => Has(k.Value)).Select(k => (WorkKind?)k.Key).FirstOrDefault() ?? WorkKind.Other,
        };
    }

    /// <summary>The document type Zhiku writes for a kind (the WoS name, else the kind's own name, which <see cref="Kind"/> reads back).</summary>
    public static string DocumentType(WorkKind kind) => kind switch
    {
        WorkKind.JournalArticle => "Article",
        WorkKind.Review => "Review",
        WorkKind.ConferencePaper => "Proceedings Paper",
        WorkKind.Book => "Book",
        WorkKind.Chapter => "Book Chapter",
        WorkKind.News => "News Item",
        _ => ZhikuKinds.GetValueOrDefault(kind, "Other"),
    };

    // Kinds WoS has no document type for, named as Zhiku writes them in DT ("Policy Document").
    private static readonly Dictionary<WorkKind, string> ZhikuKinds = Enum.GetValues<WorkKind>()
        .Where(k => k is not (WorkKind.JournalArticle or WorkKind.Review or WorkKind.ConferencePaper or WorkKind.Book or WorkKind.Chapter or WorkKind.News or WorkKind.Other))
        .ToDictionary(k => k, k => System.Text.RegularExpressions.Regex.Replace(k.ToString(), "(?<=[a-z])(?=[A-Z])", " "));
}
