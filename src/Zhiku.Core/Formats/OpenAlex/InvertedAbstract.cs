using System.Text;
using System.Text.Json;
using Zhiku.Files.JsonFiles;

namespace Zhiku.Formats.OpenAlex;

/// <summary>
/// Rebuilds an abstract from OpenAlex's inverted index (<c>{"word": [positions]}</c>), which OpenAlex gives instead of
/// the text for licensing reasons.
/// </summary>
internal static class InvertedAbstract
{
    /// <summary>The abstract text, or null when the index is absent or empty.</summary>
    public static string? Rebuild(JsonElement? index)
    {
        if (index is not { ValueKind: JsonValueKind.Object } words)
        {
            return null;
        }

        var slots = new List<string?>();
        foreach (var word in words.EnumerateObject())
        {
            if (word.Value.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var position in word.Value.EnumerateArray())
            {
                if (position.ValueKind != JsonValueKind.Number || !position.TryGetInt32(out var at) || at < 0 || at > 1_000_000)
                {
                    continue;
                }

                while (slots.Count <= at)
                {
                    slots.Add(null);
                }

                slots[at] = word.Name;
            }
        }

        var text = new StringBuilder();
        foreach (var word in slots)
        {
            if (word is null)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(word);
        }

        return text.Length == 0 ? null : text.ToString();
    }
}
