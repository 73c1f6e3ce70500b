using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Zhiku.Web.Api;

/// <summary>
/// The analytics endpoints bind the core's request records, whose properties are PascalCase; query binding ignores
/// case, and the document names each parameter as the page, the CLI (kebab-case) and the JSON do: camelCase.
/// </summary>
internal static class AnalyticsOpenApi
{
    public static Task CamelCaseParameters(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancel)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.Name is { Length: > 0 } name && char.IsUpper(name[0]))
            {
                parameter.Name = char.ToLowerInvariant(name[0]) + name[1..];
            }
        }

        return Task.CompletedTask;
    }
}
