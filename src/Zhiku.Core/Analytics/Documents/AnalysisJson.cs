using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Zhiku.Analytics.Documents;

/// <summary>
/// The JSON conventions of every analysis document: camelCase, enums as camelCase strings, Chinese unescaped, NaN
/// allowed (an undefined R²), dictionary keys as they are.
/// </summary>
public static class AnalysisJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>A number in a table cell: invariant, round-trippable; empty when absent.</summary>
    public static string Cell(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A whole number in a table cell.</summary>
    public static string Cell(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            WriteIndented = indented,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
