using Zhiku.Web.Localization;

namespace Zhiku.Web.Hosting;

/// <summary>Problem details of bare status codes (404, 401, 403, 429…) titled in the reader's language.</summary>
internal static class LocalizedProblems
{
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (context.Exception is not null || problem.Status is not { } status || problem.Detail is not null)
        {
            return;
        }

        var texts = context.HttpContext.RequestServices.GetRequiredService<Texts>();
        var key = status is 400 or 401 or 403 or 404 or 429 ? $"status.{status}" : "status.other";
        problem.Title = texts[key];
        problem.Detail = texts[key + ".text"];
    }
}
