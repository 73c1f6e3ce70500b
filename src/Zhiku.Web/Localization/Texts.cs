using System.Globalization;

namespace Zhiku.Web.Localization;

/// <summary>The words of the pages and messages in the request's language (zh by default, en by the switch).</summary>
internal sealed class Texts(IHttpContextAccessor accessor)
{
    public const string Default = "zh";

    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Languages =
        new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal)
        {
            ["zh"] = DesignTexts.Merge(new Dictionary<string, string>(ZhTexts.All, StringComparer.Ordinal), ChoiceTexts.Zh),
            ["en"] = DesignTexts.Merge(new Dictionary<string, string>(EnTexts.All, StringComparer.Ordinal), ChoiceTexts.En),
        };

    /// <summary>"zh" or "en".</summary>
    public string Lang => accessor.HttpContext?.Items[LanguageSelection.Cookie] as string ?? Default;

    /// <summary>The HTML lang attribute.</summary>
    public string HtmlLang => Lang == "zh" ? "zh-CN" : "en";

    public string this[string key] => Languages[Lang].TryGetValue(key, out var text) ? text
        : ZhTexts.All.TryGetValue(key, out var zh) ? zh : key;

    /// <summary>The word for a code a person chooses or reads (choice.{control}.{value}); an unknown code stays as it is.</summary>
    public string Choice(string control, string value) =>
        Languages[Lang].TryGetValue($"choice.{control}.{value}", out var text) ? text : value;

    /// <summary>
    /// A facet's value as a reader reads it (a facet list or an active-filter chip): kinds and languages by their
    /// names; names, keywords, years and the classes (named in both languages by the core) as they are.
    /// </summary>
    public string FacetValue(string facet, string value) => facet switch
    {
        "kind" => this["kind." + value],
        "lang" => Choice("language", value),
        _ => value,
    };

    /// <summary>A text with placeholders {0}, {1} filled in (invariant number formatting).</summary>
    public string Format(string key, params object?[] values) => string.Format(CultureInfo.InvariantCulture, this[key], values);

    public static bool IsKnown(string? lang) => lang is not null && Languages.ContainsKey(lang);

    public static IEnumerable<string> Known => Languages.Keys;

    public static IReadOnlyDictionary<string, string> For(string lang) => Languages[lang];
}
