using Zhiku.Analytics.Bursts;
using Zhiku.Analytics.Reports;
using Zhiku.Knowledge;
using Zhiku.Search.Querying;
using Zhiku.Web.Accounts;

namespace Zhiku.Web.Api;

/// <summary>
/// <c>GET /api/v1/analytics/report?q=&amp;f=&amp;lang=zh|en&amp;format=html|docx</c>: the analysis report of the works the
/// caller's search finds, with the workspace's parameters (network, bursts, trend topic) recorded in it.
/// </summary>
internal static class AnalyticsReportApi
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IResult Report(HttpContext context, KnowledgeBase kb)
    {
        try
        {
            var query = context.Request.Query;
            var format = query["format"].ToString() is { Length: > 0 } f ? f : "html";
            if (format is not ("html" or "docx"))
            {
                throw new ArgumentException($"format: unknown value '{format}' (use html|docx)");
            }

            var (q, filters) = AnalyticsRequest.Search(query);
            var parameters = new ReportParameters
            {
                Query = q,
                Filters = [.. filters.Select(p => p.Key + ":" + p.Value)],
                Scope = AnalyticsRequest.Scope(context),
                Language = query["lang"].ToString() is { Length: > 0 } l ? l : "en",
                Date = (context.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow(),
                Network = AnalyticsRequest.Network(query),
                Bursts = new BurstOptions { S = AnalyticsApi.Number(query, "s", 2.0), Gamma = AnalyticsApi.Number(query, "gamma", 1.0) },
                TrendTopic = query["topic"].ToString() is { Length: > 0 } t ? t : null,
            };
            AnalysisReportText.For(parameters.Language);
            var data = ReportAnalyses.Compute(AnalyticsApi.Works(kb, q, context.Caller(), filters), parameters);
            if (format == "html")
            {
                return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(HtmlAnalysisReport.Build(data, parameters)), "text/html; charset=utf-8", "zhiku-analysis-report.html");
            }

            using var stream = new MemoryStream();
            DocxAnalysisReport.Write(stream, data, parameters);
            return TypedResults.File(stream.ToArray(), Docx, "zhiku-analysis-report.docx");
        }
        catch (Exception e) when (e is SearchSyntaxException or ArgumentException)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Bad analysis request");
        }
    }
}
