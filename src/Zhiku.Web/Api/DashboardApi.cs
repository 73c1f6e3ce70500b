using Microsoft.AspNetCore.Http.HttpResults;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Reading;
using Zhiku.Web.Accounts;
using Zhiku.Web.Dashboard;

namespace Zhiku.Web.Api;

/// <summary><c>GET /api/v1/dashboard</c>: the dashboard's counts and chart series, over what the caller may see.</summary>
internal static class DashboardApi
{
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/dashboard").WithTags("Dashboard").MapGet("/", Dashboard)
            .WithSummary("Counts by kind, annual production and top keywords (the dashboard's charts)");
        return app;
    }

    public static Ok<DashboardData> Dashboard(HttpContext context, KnowledgeBase kb)
    {
        var read = kb.Read(context.Caller());
        return TypedResults.Ok(DashboardData.Compute(read));
    }
}
