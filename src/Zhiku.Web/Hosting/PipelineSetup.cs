using Zhiku.Web.Api;
using Zhiku.Web.Dissemination;
using Zhiku.Web.Localization;
using Zhiku.Web.Operations;
using Zhiku.Web.Registry;
using Zhiku.Web.Security;

namespace Zhiku.Web.Hosting;

/// <summary>The request pipeline and the endpoints, in the order a request meets them.</summary>
internal static class PipelineSetup
{
    public static WebApplication UseZhikuPipeline(this WebApplication app)
    {
        app.UseZhikuOperations();
        app.UseExceptionHandler();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), ui => ui.UseStatusCodePagesWithReExecute("/Status", "?code={0}"));
        app.UseMiddleware<SecurityHeaders>();
        app.UseStaticFiles();
        app.UseMiddleware<LanguageSelection>();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<Accounts.InvalidTokenRejection>();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapZhikuEndpoints(this WebApplication app)
    {
        app.MapOpenApi();
        var api = app.MapGroup("/api/v1").WithCaller();
        api.MapSearchApi();
        api.MapSuggestApi();
        api.MapUsersApi();
        api.MapWorksApi();
        api.MapPeopleCurationApi();
        api.MapThesaurusApi();
        api.MapEnrichmentApi();
        api.MapEntitiesApi();
        api.MapRegistryEditApi();
        api.MapAttachmentApi();
        api.MapClassificationApi();
        api.MapProjectLifecycleApi();
        api.MapExpertsApi();
        api.MapImportsApi();
        api.MapExportsApi();
        api.MapDashboardApi();
        api.MapAnalyticsApi();
        api.MapConversionApi();
        api.MapOutputsApi();
        api.MapEvaluationApi();
        api.MapDelphiApi();
        api.MapConsultationApi();
        app.MapOperations();
        app.MapOaiApi();
        app.MapFeedsApi();
        app.MapRazorPages();
        return app;
    }
}
