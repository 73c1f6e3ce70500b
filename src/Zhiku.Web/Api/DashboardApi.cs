using Microsoft.AspNetCore.Http.HttpResults;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Reading;
using Zhiku.Web.Dashboard;

namespace Zhiku.Web.Api;

/// <summary><c>GET /api/v1/dashboard</c>: the dashboard's counts and chart series, over what the caller may see.</summary>
internal static class DashboardApi
{
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder api)
    {
        api.MapGroup("/dashboard").WithTags("Dashboard").MapGet("/", Dashboard)
            .WithSummary("Counts by kind, annual production and top keywords (the dashboard's charts)");
        return api;
    }

    public static Ok<DashboardData> Dashboard(ApiCaller caller, KnowledgeBase kb)
    {
        var read = kb.Read(caller.Value);
        return TypedResults.Ok(DashboardData.Compute(read));
    }
}
