namespace Zhiku.Text.Languages;

/// <summary>The English language names bibliographic databases write (WoS LA, Scopus "Language of Original Document") and their ISO 639-1 codes.</summary>
internal static class LanguageNames
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
    public static string? Code(string? name) =>
        name is not null && Languages.TryGetValue(name.Trim(), out var code) ? code : null;

    /// <summary>The English name of an ISO 639-1 code ("zh" → "Chinese"), or null when unknown.</summary>
    public static string? Name(string? code) =>
        code is null ? null : Languages.FirstOrDefault(l => string.Equals(l.Value, code.Trim(), StringComparison.OrdinalIgnoreCase)).Key;
}
