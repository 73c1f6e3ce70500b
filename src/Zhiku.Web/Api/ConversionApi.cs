using System.ComponentModel;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhiku.Analytics.Documents;
using Zhiku.Files.Text;
using Zhiku.Knowledge;
using Zhiku.Outputs;

namespace Zhiku.Web.Api;

/// <summary>
/// <c>GET /api/v1/analytics/conversion?by=organisation|person|project|year|type|channel&amp;q=…</c>: the conversion of the
/// outputs the caller may see, as <c>zhiku analyze conversion --json</c> prints it; <c>format=csv|xlsx</c> gives the table.
/// </summary>
internal static class ConversionApi
{
    public static IEndpointRouteBuilder MapConversionApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/analytics").WithTags("Analytics");
        group.AddOpenApiOperationTransformer(AnalyticsOpenApi.CamelCaseParameters);
        group.MapGet("/conversion", Conversion)
            .WithSummary("Conversion of outputs: 报送 → 批示 → 采纳 → 落实 counts, rates over submitted outputs, median days, by group");
        return api;
    }

    private static Results<JsonHttpResult<System.Text.Json.Nodes.JsonObject>, ContentHttpResult, FileContentHttpResult> Conversion(
        ApiCaller caller, KnowledgeBase kb, [AsParameters] ConversionParameters parameters, [Description("json|csv|xlsx (default json)")] string? format)
    {
        if (format is not (null or "" or "json" or "csv" or "xlsx"))
        {
            throw new AnalysisRequestException("format", format, ["json", "csv", "xlsx"]);
        }

        var by = ConversionDocument.Grouping(parameters.By);
        var result = ConversionDocument.Of(kb.Read(caller.Value).Conversion(parameters.Selection(), by));
        return format switch
        {
            "csv" => TypedResults.Text(CsvWriter.ToText(result.Table, guardFormulas: true), "text/csv; charset=utf-8", Encoding.UTF8),
            "xlsx" => TypedResults.File(AnalyticsXlsx.Write(result.Table), AnalyticsXlsx.ContentType, "conversion.xlsx"),
            _ => TypedResults.Json(result.Json, AnalysisJson.Options),
        };
    }
}

/// <summary>The selection and grouping of a conversion analysis (the CLI's <c>--by</c>, <c>--query</c>, …).</summary>
internal sealed class ConversionParameters
{
    [Description("organisation|person|project|year|type|channel (default organisation)")]
    public string? By { get; init; }

    [Description("Count only the outputs this works search finds (default: all outputs the caller may see)")]
    public string? Q { get; init; }

    [Description("Only the outputs naming this organisation (机构)")]
    public string? Organisation { get; init; }

    [Description("Only the outputs of this author")]
    public string? Person { get; init; }

    [Description("Only the outputs of this project (code or title)")]
    public string? Project { get; init; }

    [Description("The first year counted")]
    public int? From { get; init; }

    [Description("The last year counted")]
    public int? To { get; init; }

    [Description("Only the outputs submitted through this channel: 内参|要报|专报|会议|其他")]
    public string? Channel { get; init; }

    [Description("Only the outputs of this type: 研究报告|要报|专报|政策建议|评估报告|其他")]
    public string? Type { get; init; }

    public ConversionSelection Selection() => new()
    {
        Query = Q,
        Organisation = Organisation,
        Person = Person,
        Project = Project,
        From = From,
        To = To,
        Channel = Channel,
        Type = Type,
    };
}
