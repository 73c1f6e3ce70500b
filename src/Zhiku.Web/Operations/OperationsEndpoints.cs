using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Prometheus;
using Zhiku.Accounts;
using Zhiku.Knowledge;
using Zhiku.Web.Hosting;

namespace Zhiku.Web.Operations;

/// <summary>
/// <c>/health</c> (liveness: answers without touching the store), <c>/health/ready</c> (the store and the index answer;
/// 503 with the reason otherwise) and <c>/metrics</c> (Prometheus text; administrators or the allowed networks).
/// </summary>
internal static class OperationsEndpoints
{
    public static IEndpointRouteBuilder MapOperations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(string.Empty).WithTags("Operations").AllowAnonymous().DisableRateLimiting();
        group.MapGet("/health", Live).WithSummary("Liveness: the process answers (no store access)");
        group.MapGet("/health/ready", Ready)
            .Produces<Readiness>(StatusCodes.Status200OK)
            .Produces<Readiness>(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Readiness: the store and the search index answer; the index lag in store changes")
            .WithDescription("503 with the reason when the store or the index does not answer.");
        group.MapGet("/metrics", MetricsAsync)
            .Produces<string>(StatusCodes.Status200OK, "text/plain")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Prometheus metrics: requests, search latency, import jobs, index documents and lag")
            .WithDescription("For administrators (cookie or bearer token) and callers from Zhiku:Metrics:AllowedNetworks (loopback by default).");
        return app;
    }

    public static Ok<Liveness> Live() => TypedResults.Ok(new Liveness("alive"));

    public static Results<Ok<Readiness>, JsonHttpResult<Readiness>> Ready(KnowledgeBase kb)
    {
        var readiness = Readiness.Probe(kb);
        return readiness.Ready ? TypedResults.Ok(readiness) : TypedResults.Json(readiness, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    public static async Task<IResult> MetricsAsync(HttpContext context, PlatformMetrics metrics, IOptions<ZhikuWebOptions> options)
    {
        if (!MayRead(context.User, context.Connection.RemoteIpAddress, options.Value.Metrics.Networks()))
        {
            return TypedResults.Problem(
                detail: "the metrics are for administrators and the networks in Zhiku:Metrics:AllowedNetworks",
                statusCode: StatusCodes.Status403Forbidden);
        }

        context.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
        await metrics.Registry.CollectAndExportAsTextAsync(context.Response.Body, context.RequestAborted);
        return TypedResults.Empty;
    }

    internal static bool MayRead(ClaimsPrincipal user, IPAddress? remote, IReadOnlyList<IPNetwork> allowed)
    {
        if (user.IsInRole(UserRoles.Name(UserRole.Administrator)))
        {
            return true;
        }

        if (remote is null)
        {
            return false;
        }

        var address = remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote;
        return allowed.Any(n => n.Contains(address));
    }
}
