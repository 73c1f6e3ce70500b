using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Zhiku.Web.Localization;

/// <summary>
/// <c>?lang=</c> is read for every request by <see cref="LanguageSelection"/>, not by a handler: the OpenAPI document lists
/// it on every API operation all the same, so that no parameter lives only in prose.
/// </summary>
internal static class LanguageParameter
{
    public const string Name = "lang";

    public static OpenApiOptions AddLanguageParameter(this OpenApiOptions options) => options.AddOperationTransformer((operation, context, _) =>
    {
        if (context.Description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true
            && operation.Parameters?.Any(p => p.Name == Name) != true)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = Name,
                In = ParameterLocation.Query,
                Description = "The language of messages and problem details: zh (the default) or en, remembered in the zhiku-lang cookie. Without either, an API request follows its Accept-Language header.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. Texts.Known.Select(l => (JsonNode)JsonValue.Create(l))] },
            });
        }

        return Task.CompletedTask;
    });
}
