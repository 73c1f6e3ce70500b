namespace Zhiku.Files.Tagged;

/// <summary>Maps language names and ISO 639-2 codes used by exports ("English", "eng", "chi") to ISO 639-1.</summary>
internal static class LanguageCodes
{
    private static readonly Dictionary<string, string> Codes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "en",
        ["eng"] = "en",
        ["english"] = "en",
        ["英文"] = "en",
        ["zh"] = "zh",
        ["chi"] = "zh",
        ["zho"] = "zh",
        ["chinese"] = "zh",
        ["中文"] = "zh",
        ["de"] = "de",
        ["ger"] = "de",
        ["deu"] = "de",
        ["german"] = "de",
        ["fr"] = "fr",
        ["fre"] = "fr",
        ["fra"] = "fr",
        ["french"] = "fr",
        ["es"] = "es",
        ["spa"] = "es",
        ["spanish"] = "es",
        ["it"] = "it",
        ["ita"] = "it",
        ["italian"] = "it",
        ["pt"] = "pt",
        ["por"] = "pt",
        ["portuguese"] = "pt",
        ["ru"] = "ru",
        ["rus"] = "ru",
        ["russian"] = "ru",
        ["ja"] = "ja",
        ["jpn"] = "ja",
        ["japanese"] = "ja",
        ["ko"] = "ko",
        ["kor"] = "ko",
        ["korean"] = "ko",
        ["pl"] = "pl",
        ["pol"] = "pl",
        ["polish"] = "pl",
        ["nl"] = "nl",
        ["dut"] = "nl",
        ["nld"] = "nl",
        ["dutch"] = "nl",
        ["tr"] = "tr",
        ["tur"] = "tr",
        ["turkish"] = "tr",
    };

    /// <summary>The ISO 639-1 code, or the value lower-cased when it is unknown, or null when blank.</summary>
    public static string? ToIso(string? value)
    {
        var v = value?.Trim().TrimEnd(';').Trim();
        if (string.IsNullOrEmpty(v))
        {
            return null;
        }

        return Codes.TryGetValue(v, out var code) ? code : v.ToLowerInvariant();
    }
}
