namespace Zhiku.Web.Operations;

/// <summary>Registers and wires the operations feature: request ids and metrics, health and metrics endpoints.</summary>
internal static class OperationsSetup
{
    public static IServiceCollection AddZhikuOperations(this IServiceCollection services) => services.AddSingleton<PlatformMetrics>();

    /// <summary>First in the pipeline, so every answer (errors included) carries the request id and is counted.</summary>
    public static IApplicationBuilder UseRequestTracking(this IApplicationBuilder app) => app.UseMiddleware<RequestTracking>();
}
