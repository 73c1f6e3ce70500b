using System.Diagnostics;

namespace Zhiku.Web.Operations;

/// <summary>
/// First in the pipeline: gives each request an id (the caller's <c>X-Request-Id</c> when it is a plain token, else the
/// server's <see cref="HttpContext.TraceIdentifier"/>), echoes it in the response, puts it in the log scope of everything
/// logged while the request runs, and counts the request in the metrics by its route template and status. Neither the
/// query string nor any header value other than the id is logged.
/// </summary>
internal sealed partial class RequestTracking(RequestDelegate next, PlatformMetrics metrics, ILogger<RequestTracking> logger)
{
    public const string Header = "X-Request-Id";

    private const int MaxIdLength = 64;

    public async Task InvokeAsync(HttpContext context)
    {
        if (CallerId(context.Request.Headers[Header].ToString()) is { } id)
        {
            context.TraceIdentifier = id;
        }

        context.Response.OnStarting(static state =>
        {
            var c = (HttpContext)state;
            c.Response.Headers[Header] = c.TraceIdentifier;
            return Task.CompletedTask;
        }, context);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = context.TraceIdentifier });
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            var route = Route(context);
            metrics.Observe(route, context.Request.Method, context.Response.StatusCode, elapsed.TotalSeconds);
            Answered(logger, context.Request.Method, route, context.Response.StatusCode, elapsed.TotalMilliseconds);
        }
    }

    /// <summary>The route template of the endpoint that answered ("/api/v1/works/{id}"), else "(static)" or "(none)".</summary>
    internal static string Route(HttpContext context)
    {
        if (context.GetEndpoint() is RouteEndpoint endpoint)
        {
            return "/" + (endpoint.RoutePattern.RawText ?? string.Empty).Trim('/');
        }

        return context.GetEndpoint() is null && context.Response.StatusCode == StatusCodes.Status200OK && context.Request.Method == "GET" ? "(static)" : "(none)";
    }

    /// <summary>The caller's request id when it is 1–64 letters, digits or <c>-._:</c>; anything else is replaced.</summary>
    internal static string? CallerId(string value) =>
        value.Length is > 0 and <= MaxIdLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or ':') ? value : null;

    // Debug: one line per request costs more than a search on a small machine (Logging:LogLevel:Zhiku.Web.Operations=Debug turns it on).
    [LoggerMessage(Level = LogLevel.Debug, Message = "{Method} {Route} answered {Status} in {ElapsedMs:0.0} ms")]
    private static partial void Answered(ILogger logger, string method, string route, int status, double elapsedMs);
}
