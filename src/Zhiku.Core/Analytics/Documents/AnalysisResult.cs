using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zhiku.Analytics.Documents;

/// <summary>
/// The one result document of an analysis: the JSON that <c>zhiku analyze X --json</c> prints and
/// <c>GET /api/v1/analytics/X</c> answers, and the table (first row the header) the CSV and XLSX downloads hold.
/// </summary>
public sealed record AnalysisResult(JsonObject Json, IReadOnlyList<string[]> Table)
{
    /// <summary>The JSON as text (indented for a terminal, compact for HTTP).</summary>
    public string ToJsonString(bool indented = false) =>
        Json.ToJsonString(indented ? AnalysisJson.Indented : AnalysisJson.Options);

    /// <summary>A result whose JSON is an object serialised with <see cref="AnalysisJson.Options"/>.</summary>
    public static AnalysisResult Of(object document, IReadOnlyList<string[]> table) =>
        new(JsonSerializer.SerializeToNode(document, AnalysisJson.Options)!.AsObject(), table);
}
