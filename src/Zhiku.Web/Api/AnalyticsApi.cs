using System.ComponentModel;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhiku.Access;
using Zhiku.Analytics.Bibliometrics;
using Zhiku.Analytics.Bursts;
using Zhiku.Analytics.Documents;
using Zhiku.Analytics.Networks;
using Zhiku.Analytics.Themes;
using Zhiku.Analytics.Trends;
using Zhiku.Files.Text;
using Zhiku.Knowledge;
using Zhiku.Web.Accounts;
using AnalysisAnswer = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<System.Text.Json.Nodes.JsonObject>,
    Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace Zhiku.Web.Api;

/// <summary>
/// <c>GET /api/v1/analytics/{summary|sources|authors|network|bursts|themes|evolution|trends}?q=</c>: the analyses of the
/// core on the works the caller's search finds. Each binds the core's request type, so it takes the fields
/// <c>zhiku analyze X</c> takes and answers the JSON of <c>zhiku analyze X --json</c>; <c>format=csv|xlsx</c> gives
/// the table. <c>/report</c> is the analysis report.
/// </summary>
internal static class AnalyticsApi
{
    private const string FormatText = "json|csv|xlsx (default json)";

    public static IEndpointRouteBuilder MapAnalyticsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/analytics").WithTags("Analytics");
        group.AddOpenApiOperationTransformer(AnalyticsOpenApi.CamelCaseParameters);
        group.MapGet("/summary", Summary).WithSummary("Descriptive bibliometrics of the works q finds (merge=off: the records as exported)");
        group.MapGet("/sources", Sources).WithSummary("Most productive sources, Bradford's law, source impact, most cited works");
        group.MapGet("/authors", Authors).WithSummary("Most productive authors, institutions, countries; Lotka's law; author impact");
        group.MapGet("/network", Network)
            .WithSummary("Bibliographic network, Leiden clusters, VOS layout; format=json|csv|xlsx|vosviewer (map and network in a ZIP)|vosviewer-map|vosviewer-network|graphml|gexf|pajek");
        group.MapGet("/bursts", Bursts).WithSummary("Kleinberg bursts of keywords, terms or references by year (s, gamma)");
        group.MapGet("/themes", Themes).WithSummary("Thematic map (Callon centrality and density)");
        group.MapGet("/evolution", Evolution).WithSummary("Thematic evolution across periods cut at the given years, by default at thirds of the documents");
        group.MapGet("/trends", Trends).WithSummary("Logistic and Gompertz fits of yearly counts");
        group.MapGet("/report", AnalyticsReportApi.Report).WithSummary("HTML or DOCX analysis report (lang=zh|en, format=html|docx)");
        return api;
    }

    private static AnalysisAnswer Summary(
        ApiCaller caller, KnowledgeBase kb, [AsParameters] AnalysisSearch search, [Description(FormatText)] string? format) =>
        Answer(caller.Value, kb, search, format, "summary", set => SummaryAnalysis.Run(set.Works, set.Deduplication, new SummaryRequest()));

    private static AnalysisAnswer Sources(
        ApiCaller caller, KnowledgeBase kb, [AsParameters] AnalysisSearch search, [AsParameters] RankingRequest request, [Description(FormatText)] string? format) =>
        Answer(caller.Value, kb, search, format, "sources", set => RankingAnalysis.Sources(set.Works, request));

    private static AnalysisAnswer Authors(
        ApiCaller caller, KnowledgeBase kb, [AsParameters] AnalysisSearch search, [AsParameters] RankingRequest request, [Description(FormatText)] string? format) =>
        Answer(caller.Value, kb, search, format, "authors", set => RankingAnalysis.Authors(set.Works, request));

    private static AnalysisAnswer Network(
        ApiCaller caller, KnowledgeBase kb, [AsParameters] AnalysisSearch search, [AsParameters] NetworkRequest request,
        [Description(FormatText + ", or a network file: vosviewer|vosviewer-map|vosviewer-network|graphml|gexf|pajek")] string? format)
    {
        if (format is null || !NetworkFiles.Formats.Contains(format))
        {
            return Answer(caller.Value, kb, search, format, "network", set => NetworkAnalysis.Run(set.Works, request), NetworkFiles.Formats);
        }

        var run = NetworkAnalysis.Compute(Works(caller.Value, kb, search).Works, request);
        var (bytes, type, name) = NetworkFiles.Write(run.Map, format);
        return TypedResults.File(bytes, type, name);
    }

    private static AnalysisAnswer Bursts(
        ApiCaller caller, KnowledgeBase kb, [AsParameters] AnalysisSearch search, [AsParameters] BurstsRequest request, [Description(FormatText)] string? format) =>
        Answer(caller.Value, kb, search, format, "bursts", set => BurstsAnalysis.Run(set.Works, request));

    private static AnalysisAnswer Themes(
        ApiCaller caller, KnowledgeBase kb, [AsParameters] AnalysisSearch search, [AsParameters] ThemesRequest request, [Description(FormatText)] string? format) =>
        Answer(caller.Value, kb, search, format, "themes", set => ThemesAnalysis.Run(set.Works, request));

    private static AnalysisAnswer Evolution(
        ApiCaller caller, KnowledgeBase kb, [AsParameters] AnalysisSearch search, [AsParameters] ThemesRequest map, [AsParameters] EvolutionRequest request,
        [Description(FormatText)] string? format) =>
        Answer(caller.Value, kb, search, format, "evolution", set => ThemesAnalysis.Run(set.Works, map, request));

    private static AnalysisAnswer Trends(
        ApiCaller caller, KnowledgeBase kb, [AsParameters] AnalysisSearch search, [AsParameters] TrendsRequest request, [Description(FormatText)] string? format) =>
        Answer(caller.Value, kb, search, format, "trends", set => TrendsAnalysis.Run(set.Works, request));

    /// <summary>The works the search finds through the caller's access, as the analyses count them.</summary>
    internal static AnalysisWorks Works(Caller caller, KnowledgeBase kb, AnalysisSearch search)
    {
        var (q, filters) = search.Search();
        return kb.Read(caller).WorksForAnalysis(q, filters, search.Merged);
    }

    // A bad parameter throws AnalysisRequestException (a bad query QuerySyntaxException): the exception handler
    // answers it as problem details in the reader's language.
    private static AnalysisAnswer Answer(
        Caller caller, KnowledgeBase kb, AnalysisSearch search, string? format, string name, Func<AnalysisWorks, AnalysisResult> run, IReadOnlyList<string>? files = null)
    {
        if (format is not (null or "" or "json" or "csv" or "xlsx"))
        {
            throw new AnalysisRequestException("format", format, ["json", "csv", "xlsx", .. files ?? []]);
        }

        var result = run(Works(caller, kb, search));
        return format switch
        {
            // Formulas are disarmed: analysis tables carry titles and keywords from anyone's exports.
            "csv" => TypedResults.Text(CsvWriter.ToText(result.Table, guardFormulas: true), "text/csv; charset=utf-8", Encoding.UTF8),
            "xlsx" => TypedResults.File(AnalyticsXlsx.Write(result.Table), AnalyticsXlsx.ContentType, name + ".xlsx"),
            _ => TypedResults.Json(result.Json, AnalysisJson.Options),
        };
    }
}
