using System.Globalization;
using System.Text.Json;

namespace Zhiku.Files.JsonFiles;

/// <summary>Null-tolerant reads of OpenAlex JSON: missing properties and JSON nulls both read as absent.</summary>
internal static class Json
{
    /// <summary>The property at a dotted path, or null when any step is missing or null.</summary>
    public static JsonElement? Get(this JsonElement element, string path)
    {
        var current = element;
        foreach (var name in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out var next) || next.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    /// <summary>The trimmed text at a path (numbers and booleans as written), or null when absent or blank.</summary>
    public static string? Str(this JsonElement element, string path) => element.Get(path) is { } value ? Text(value) : null;

    /// <summary>The trimmed text of a scalar value, or null.</summary>
    public static string? Text(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>The integer at a path, or null.</summary>
    public static int? Int(this JsonElement element, string path) =>
        element.Get(path) is { } value && (value.ValueKind == JsonValueKind.Number ? value.TryGetInt32(out var n) : int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out n)) ? n : null;

    /// <summary>The boolean at a path, or null.</summary>
    public static bool? Bool(this JsonElement element, string path) =>
        element.Get(path) is { ValueKind: JsonValueKind.True or JsonValueKind.False } value ? value.GetBoolean() : null;

    /// <summary>The elements of the array at a path (none when absent).</summary>
    public static IEnumerable<JsonElement> Array(this JsonElement element, string path) =>
        element.Get(path) is { ValueKind: JsonValueKind.Array } value ? value.EnumerateArray() : [];

    /// <summary>The non-blank texts of an array at a path, or of the given property of each of its objects.</summary>
    public static IEnumerable<string> Texts(this JsonElement element, string path, string? property = null)
    {
        foreach (var item in element.Array(path))
        {
            var text = property is null ? Text(item) : item.Str(property);
            if (text is not null)
            {
                yield return text;
            }
        }
    }
}
