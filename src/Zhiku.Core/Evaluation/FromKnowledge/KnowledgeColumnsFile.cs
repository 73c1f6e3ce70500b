using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zhiku.Evaluation.FromKnowledge;

/// <summary>
/// The knowledge-base indicators of a stored run as computed when it ran (knowledge.json): for whom (user, organisation
/// and the access they had), when, and each column's values (null for missing) with the search behind each value.
/// Opening the run again reads these instead of searching again, so the run shows what its uploader's access gave.
/// </summary>
public static class KnowledgeColumnsFile
{
    public const string Name = "knowledge.json";

    public static void Write(string path, IReadOnlyList<KnowledgeColumn> columns, KnowledgeComputedFor computedFor)
    {
        var json = new JsonObject
        {
            ["computedFor"] = new JsonObject
            {
                ["user"] = computedFor.User,
                ["organisation"] = computedFor.Organisation,
                ["access"] = computedFor.Access,
                ["at"] = computedFor.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            },
            ["columns"] = new JsonArray([.. columns.Select(c => (JsonNode)new JsonObject
            {
                ["iCode"] = c.ICode,
                ["values"] = new JsonArray([.. c.Values.Select(v => double.IsFinite(v) ? JsonValue.Create(v) : null)]),
                ["searches"] = new JsonArray([.. c.Searches.Select(s => (JsonNode)JsonValue.Create(s))]),
            })]),
        };
        File.WriteAllText(path, json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    /// <summary>The columns of a knowledge.json, or null when the file is not there.</summary>
    public static IReadOnlyList<KnowledgeColumn>? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var root = JsonNode.Parse(File.ReadAllText(path)) ?? throw new InvalidDataException($"{path}: empty");
        return [.. (root["columns"]?.AsArray() ?? []).Select(c => new KnowledgeColumn(
            c!["iCode"]!.GetValue<string>(),
            [.. c["values"]!.AsArray().Select(v => v is null ? double.NaN : v.GetValue<double>())],
            [.. c["searches"]!.AsArray().Select(s => s!.GetValue<string>())]))];
    }
}
