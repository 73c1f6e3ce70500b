using System.Text.Json;
using YamlDotNet.Serialization;

namespace Zhiku.Evaluation.Spec;

/// <summary>Rewrites a spec written by someone else (YAML or JSON) as JSON that names given input files.</summary>
public static class SpecText
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The spec with <c>data</c> and <c>meta</c> replaced by <paramref name="data"/> and <paramref name="meta"/>, so an
    /// uploaded spec reads the uploaded files and no other (the paths it names are ignored; they may be absent).
    /// </summary>
    public static string Rebase(string text, string data, string meta, string name = "spec")
    {
        var map = SpecLoader.ReadMap(text, name, "the spec must be a map with steps");

        var rebased = new Dictionary<string, object?>(map, StringComparer.Ordinal) { ["data"] = data, ["meta"] = meta };
        return JsonSerializer.Serialize(rebased, Indented);
    }
}
