using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhiku.Analytics.Networks;
using Zhiku.Analytics.Reports;
using Zhiku.Knowledge;

namespace Zhiku.Web.Api;

/// <summary>
/// <c>GET /api/v1/analytics/report?q=&amp;f=&amp;lang=zh|en&amp;format=html|docx</c>: the analysis report of the works the
/// caller's search finds, with the workspace's parameters (network, bursts, trend topic) recorded in it; the fields
/// are those of <c>zhiku analyze report</c>.
/// </summary>
internal static class AnalyticsReportApi
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static FileContentHttpResult Report(
        ApiCaller caller, ClaimsPrincipal user, KnowledgeBase kb, TimeProvider clock,
        [AsParameters] AnalysisSearch search, [AsParameters] ReportRequest request, [AsParameters] NetworkRequest network)
    {
        var format = request.ResolveFormat();
        var (q, filters) = search.Search();
        var parameters = request.Parameters(network, q, [.. filters.Select(p => p.Key + ":" + p.Value)], AnalyticsScope.Of(user, caller.Value), clock.GetUtcNow());
        AnalysisReportText.For(parameters.Language);
        var data = ReportAnalyses.Compute(AnalyticsApi.Works(caller.Value, kb, search).Works, parameters);
        if (format == "html")
        {
            return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(HtmlAnalysisReport.Build(data, parameters)), "text/html; charset=utf-8", "zhiku-analysis-report.html");
        }

        using var stream = new MemoryStream();
        DocxAnalysisReport.Write(stream, data, parameters);
        return TypedResults.File(stream.ToArray(), Docx, "zhiku-analysis-report.docx");
    }
}
