using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Zhiku.Web.Api;

/// <summary>One operation of the API as the reference page lists it, read from the OpenAPI document.</summary>
internal sealed record ApiOperation(
    string Method, string Path, string Tag, string? Summary, string? Description,
    IReadOnlyList<(string Name, string In, bool Required, string? Type, string? Description)> Parameters, IReadOnlyList<(string Code, string? Description)> Responses);

/// <summary>Reads the app's own OpenAPI document (the one served at /openapi/v1.json) into operations.</summary>
internal static class ApiReference
{
    public static async Task<IReadOnlyList<ApiOperation>> ReadAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var provider = services.GetRequiredKeyedService<IOpenApiDocumentProvider>("v1");
        var document = await provider.GetOpenApiDocumentAsync(cancellationToken);
        var json = await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, cancellationToken);
        return Parse(json);
    }

    internal static IReadOnlyList<ApiOperation> Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var result = new List<ApiOperation>();
        if (!doc.RootElement.TryGetProperty("paths", out var paths))
        {
            return result;
        }

        foreach (var path in paths.EnumerateObject())
        {
            foreach (var op in path.Value.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object && o.Name != "parameters"))
            {
                var parameters = new List<(string, string, bool, string?, string?)>();
                if (op.Value.TryGetProperty("parameters", out var ps))
                {
                    foreach (var p in ps.EnumerateArray())
                    {
                        parameters.Add((Text(p, "name") ?? "?", Text(p, "in") ?? "?",
                            p.TryGetProperty("required", out var req) && req.ValueKind == JsonValueKind.True,
                            p.TryGetProperty("schema", out var schema) ? TypeOf(schema) : null, Text(p, "description")));
                    }
                }

                var responses = new List<(string, string?)>();
                if (op.Value.TryGetProperty("responses", out var rs))
                {
                    responses.AddRange(rs.EnumerateObject().Select(r => (r.Name, Text(r.Value, "description"))));
                }

                var tag = op.Value.TryGetProperty("tags", out var tags) && tags.GetArrayLength() > 0 ? tags[0].GetString() ?? string.Empty : string.Empty;
                result.Add(new ApiOperation(op.Name.ToUpperInvariant(), path.Name, tag, Text(op.Value, "summary"), Text(op.Value, "description"), parameters, responses));
            }
        }

        return result;
    }

    // OpenAPI 3.1 writes an optional value's type as ["null", "integer"]; a repeatable parameter is an array of its items.
    private static string? TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return null;
        }

        var name = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t is not null and not "null")
            : type.GetString();
        return name == "array" && schema.TryGetProperty("items", out var items) ? TypeOf(items) + "[]" : name;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
