using System.Reflection;
using System.Security.Claims;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhiku.Web.Api;
using Zhiku.Web.Tests.Functional;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Endpoints;

/// <summary>
/// Issue 10: every parameter an <c>/api/v1</c> endpoint reads is in <c>/openapi/v1.json</c> with its type, none lives
/// only in a description string, and no handler reads the query string by hand.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class OpenApiParameterTests(PlatformFactory factory)
{
    // The handlers that read their input by hand: the uploads' multipart forms, so that an oversized upload answers 413.
    // Attachment uploads and the Delphi statistics read their form by hand too: a missing file or one over the cap is answered with its own problem in the reader's language.
    private static readonly string[] ReadsTheFormByHand =
    [
        "POST /api/v1/imports", "POST /api/v1/evaluations/run", "POST /api/v1/delphi/stats",
        "POST /api/v1/people/{id}/attachments", "POST /api/v1/organisations/{id}/attachments",
        "POST /api/v1/projects/{id}/attachments", "POST /api/v1/cases/{id}/attachments",
    ];

    private readonly PlatformFactory _platform = factory.Seeded();

    [Fact]
    public async Task Every_parameter_an_endpoint_binds_is_listed_with_its_type()
    {
        var document = await OpenApiAsync();
        var checkedParameters = 0;

        foreach (var endpoint in ApiEndpoints())
        {
            var operation = Operation(document, endpoint);
            var listed = Listed(operation);
            // The language switch is read by the middleware for every request.
            Assert.True(listed.TryGetValue("lang", out var lang) && lang == ("query", "string"), $"{endpoint.Name} does not list lang");
            foreach (var (name, type, source) in Bound(endpoint))
            {
                Assert.True(listed.TryGetValue(name, out var entry), $"{endpoint.Name} binds '{name}', which /openapi/v1.json does not list (it lists {string.Join(", ", listed.Keys)})");
                Assert.Equal(source, entry.In);
                Assert.Equal(SchemaType(type), entry.Type);
                checkedParameters++;
            }
        }

        // search 7, suggest 2, exports 5, works/people/organisations/projects/imports 1 each, users 5 ids.
        Assert.True(checkedParameters >= 24, $"only {checkedParameters} parameters were checked");
    }

    [Fact]
    public async Task No_parameter_is_only_in_a_description_string()
    {
        var document = await OpenApiAsync();

        foreach (var endpoint in ApiEndpoints())
        {
            var operation = Operation(document, endpoint);
            var listed = Listed(operation);
            var prose = Text(operation, "summary") + " " + Text(operation, "description");
            foreach (Match mention in ParameterMention().Matches(prose))
            {
                var name = mention.Groups["name"].Value;
                Assert.True(listed.ContainsKey(name), $"{endpoint.Name} describes '{mention.Value}' in prose but does not list '{name}' as a parameter");
            }
        }
    }

    [Fact]
    public async Task A_parameter_carries_its_own_description()
    {
        var document = await OpenApiAsync();
        var search = document.GetProperty("paths").EnumerateObject().First(p => p.Name.TrimEnd('/') == "/api/v1/search").Value.GetProperty("get");
        var q = search.GetProperty("parameters").EnumerateArray().First(p => p.GetProperty("name").GetString() == "q");

        Assert.Contains("year:[2010 TO 2020]", q.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reference_page_shows_each_parameter_with_its_type_and_description()
    {
        var html = await Http.Anonymous(_platform).GetStringAsync("/api-reference?lang=en");

        Assert.Contains("<td><code>f</code></td><td>query</td><td>string[]</td><td></td><td>A facet:value filter", html, StringComparison.Ordinal);
        Assert.Contains("<td><code>size</code></td><td>query</td><td>integer</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void No_handler_reads_the_request_by_hand()
    {
        foreach (var endpoint in ApiEndpoints().Where(e => !ReadsTheFormByHand.Contains(e.Name)))
        {
            var byHand = endpoint.Handler.GetParameters().Where(p => p.ParameterType == typeof(HttpContext) || p.ParameterType == typeof(HttpRequest)).ToList();

            Assert.True(byHand.Count == 0, $"{endpoint.Name} takes {string.Join(", ", byHand.Select(p => p.ParameterType.Name))}: bind a parameter record instead");
        }
    }

    [Fact]
    public void The_walk_covers_the_endpoints_of_this_part()
    {
        var names = ApiEndpoints().Select(e => e.Name).ToHashSet(StringComparer.Ordinal);

        foreach (var expected in new[] { "GET /api/v1/search", "GET /api/v1/suggest", "GET /api/v1/exports", "GET /api/v1/works/{id}", "GET /api/v1/people/{id}", "GET /api/v1/people/{id}/expertise", "GET /api/v1/experts", "POST /api/v1/experts/teams", "GET /api/v1/dashboard", "POST /api/v1/imports", "POST /api/v1/users/{id}/role", "GET /api/v1/outputs/{id}", "POST /api/v1/outputs/{id}/events", "GET /api/v1/analytics/conversion", "GET /api/v1/people/candidates", "DELETE /api/v1/people/merges/{id}" })
        {
            Assert.Contains(expected, names);
        }
    }

    private IEnumerable<ApiEndpoint> ApiEndpoints()
    {
        foreach (var endpoint in _platform.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var path = Regex.Replace(endpoint.RoutePattern.RawText ?? string.Empty, "{([^:}]+)[^}]*}", "{$1}").TrimEnd('/');
            if (!path.StartsWith("/api/v1/", StringComparison.Ordinal))
            {
                continue;
            }

            var handler = endpoint.Metadata.OfType<MethodInfo>().First();
            foreach (var method in endpoint.Metadata.OfType<HttpMethodMetadata>().SelectMany(m => m.HttpMethods))
            {
                yield return new ApiEndpoint(method + " " + path, method, path, endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal), handler);
            }
        }
    }

    private IEnumerable<(string Name, Type Type, string In)> Bound(ApiEndpoint endpoint)
    {
        var services = _platform.Services.GetRequiredService<IServiceProviderIsService>();
        foreach (var parameter in endpoint.Handler.GetParameters())
        {
            var type = parameter.ParameterType;
            if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                foreach (var property in type.GetProperties().Where(p => p.CanWrite)) // computed properties are not bound
                {
                    var name = property.GetCustomAttribute<FromQueryAttribute>()?.Name ?? property.GetCustomAttribute<FromRouteAttribute>()?.Name ?? property.Name;
                    yield return (name, property.PropertyType, endpoint.RouteValues.Contains(name) ? "path" : "query");
                }
            }
            else if (IsSimple(type) && !services.IsService(type))
            {
                yield return (parameter.Name!, type, endpoint.RouteValues.Contains(parameter.Name!) ? "path" : "query");
            }
            else
            {
                // Services, the caller, the user, the request's cancellation and JSON bodies are not parameters.
                Assert.True(!IsSimple(type) || services.IsService(type), $"{endpoint.Name}: {parameter.Name}");
            }
        }
    }

    private static bool IsSimple(Type type)
    {
        var inner = Nullable.GetUnderlyingType(type) ?? (type.IsArray ? type.GetElementType()! : type);
        return inner.IsPrimitive || inner == typeof(string) || inner == typeof(decimal);
    }

    private static string SchemaType(Type type) =>
        type.IsArray ? "array"
        : (Nullable.GetUnderlyingType(type) ?? type) == typeof(string) ? "string"
        : (Nullable.GetUnderlyingType(type) ?? type) == typeof(bool) ? "boolean"
        : (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(double) || t == typeof(float) || t == typeof(decimal)) ? "number"
        : "integer";

    private static JsonElement Operation(JsonElement document, ApiEndpoint endpoint)
    {
        var paths = document.GetProperty("paths");
        var path = paths.EnumerateObject().FirstOrDefault(p => p.Name.TrimEnd('/') == endpoint.Path);
        Assert.True(path.Value.ValueKind == JsonValueKind.Object, $"{endpoint.Name} is not in /openapi/v1.json");
        return path.Value.GetProperty(endpoint.Method.ToLowerInvariant());
    }

    // Query and route names bind regardless of case (the analyses list theirs in camelCase, their records name them in PascalCase).
    private static Dictionary<string, (string In, string Type)> Listed(JsonElement operation)
    {
        var listed = new Dictionary<string, (string In, string Type)>(StringComparer.OrdinalIgnoreCase);
        if (operation.TryGetProperty("parameters", out var parameters))
        {
            foreach (var parameter in parameters.EnumerateArray())
            {
                listed[parameter.GetProperty("name").GetString()!] = (parameter.GetProperty("in").GetString()!, TypeOf(parameter.GetProperty("schema")));
            }
        }

        return listed;
    }

    // OpenAPI 3.1 writes a nullable type as ["null", "integer"] and may add a pattern; the type is what is not null.
    private static string TypeOf(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? "?"
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).First(t => t != "null")
        : type.GetString()!;

    private static string Text(JsonElement operation, string name) =>
        operation.TryGetProperty(name, out var text) ? text.GetString() ?? string.Empty : string.Empty;

    private async Task<JsonElement> OpenApiAsync() =>
        JsonDocument.Parse(await Http.Anonymous(_platform).GetStringAsync("/openapi/v1.json")).RootElement;

    // "q: the query; f: filters", "format=json": a parameter named in prose, the way the endpoints documented them before
    // (a colon after a word inside a sentence, "Disable a user: no sign-in", is prose).
    [GeneratedRegex(@"(?:^|[;(,]\s*)(?<name>[a-z][a-zA-Z]{0,15}): |(?<![\w.{""])(?<name>[a-z][a-zA-Z]{0,15})=")]
    private static partial Regex ParameterMention();

    private sealed record ApiEndpoint(string Name, string Method, string Path, HashSet<string> RouteValues, MethodInfo Handler);
}
